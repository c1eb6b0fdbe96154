/**
 * What each evaluator metric means and which convention it follows, in English and Welsh: shown
 * next to every figure in the dashboard and reports. docs/metrics.md has the full conventions.
 */
export interface MetricDefinition {
  metric: string;
  en: string;
  cy: string;
  reference: string;
}

export const METRIC_DEFINITIONS: MetricDefinition[] = [
  { metric: 'density', en: 'Ties present as a share of all possible ties (2m / n(n-1)).', cy: 'Y cysylltiadau sy’n bodoli fel cyfran o’r holl gysylltiadau posibl (2m / n(n-1)).', reference: 'Wasserman & Faust 1994; networkx density' },
  { metric: 'components', en: 'Number of separate parts of the network with no path between them.', cy: 'Nifer y rhannau o’r rhwydwaith heb lwybr rhyngddynt.', reference: 'networkx number_connected_components' },
  { metric: 'averageClustering', en: 'Average share of an organisation’s partners who also work with each other (isolates count as 0).', cy: 'Cyfran gyfartalog partneriaid sefydliad sydd hefyd yn cydweithio â’i gilydd (sefydliadau ynysig yn cyfrif fel 0).', reference: 'Watts & Strogatz 1998; networkx average_clustering' },
  { metric: 'eiIndex', en: 'External minus internal ties over all ties, by the chosen grouping: -1 all within groups, +1 all across.', cy: 'Cysylltiadau allanol llai mewnol dros bob cysylltiad, yn ôl y grwpio: -1 i gyd o fewn grwpiau, +1 i gyd ar draws.', reference: 'Krackhardt & Stern 1988' },
  { metric: 'crossSectorTieRatio', en: 'Share of ties that join two different groups (sectors by default).', cy: 'Cyfran y cysylltiadau sy’n uno dau grŵp gwahanol (sectorau yn ddiofyn).', reference: 'Krackhardt & Stern 1988' },
  { metric: 'assortativity', en: 'Tendency of organisations to tie to their own group, from -1 to 1 (0 is random mixing).', cy: 'Tuedd sefydliadau i gysylltu â’u grŵp eu hunain, o -1 i 1 (0 yw cymysgu ar hap).', reference: 'Newman 2003; networkx attribute_assortativity_coefficient' },
  { metric: 'modularity', en: 'How strongly the network divides into the Louvain communities found (seeded, reproducible).', cy: 'Pa mor gryf y mae’r rhwydwaith yn rhannu’n gymunedau Louvain (hadau sefydlog, atgynyrchiol).', reference: 'Blondel et al. 2008; Newman 2006' },
  { metric: 'articulationPoints', en: 'Organisations whose departure would split the network.', cy: 'Sefydliadau a fyddai’n hollti’r rhwydwaith pe baent yn gadael.', reference: 'Hopcroft & Tarjan 1973' },
  { metric: 'bridges', en: 'Ties whose loss would split the network.', cy: 'Cysylltiadau a fyddai’n hollti’r rhwydwaith pe baent yn dod i ben.', reference: 'Tarjan 1974' },
  { metric: 'degree', en: 'Number of partners.', cy: 'Nifer y partneriaid.', reference: 'networkx degree' },
  { metric: 'betweenness', en: 'Share of shortest paths between other organisations that pass through this one (normalised).', cy: 'Cyfran y llwybrau byrraf rhwng sefydliadau eraill sy’n mynd drwy hwn (wedi’i normaleiddio).', reference: 'Brandes 2001; networkx betweenness_centrality(normalized=True)' },
  { metric: 'closeness', en: 'How near, on average, the organisation is to those it can reach (Wasserman-Faust correction).', cy: 'Pa mor agos, ar gyfartaledd, yw’r sefydliad at y rhai y gall eu cyrraedd (cywiriad Wasserman-Faust).', reference: 'Wasserman & Faust 1994; networkx closeness_centrality' },
  { metric: 'eigenvector', en: 'Importance from being tied to well-connected organisations.', cy: 'Pwysigrwydd o fod wedi’i gysylltu â sefydliadau sydd â llawer o gysylltiadau.', reference: 'Bonacich 1987; networkx eigenvector_centrality' },
  { metric: 'clustering', en: 'Share of the organisation’s partners who work with each other.', cy: 'Cyfran partneriaid y sefydliad sy’n cydweithio â’i gilydd.', reference: 'Watts & Strogatz 1998; networkx clustering' },
  { metric: 'constraint', en: 'How much the organisation’s ties lead back into one closed circle (high = few brokerage options).', cy: 'I ba raddau y mae cysylltiadau’r sefydliad yn arwain yn ôl i un cylch caeedig (uchel = ychydig o gyfle i frocera).', reference: 'Burt 1992; networkx constraint' },
  { metric: 'effectiveSize', en: 'Number of partners that are not tied to each other (non-redundant contacts).', cy: 'Nifer y partneriaid nad ydynt wedi’u cysylltu â’i gilydd (cysylltiadau nad ydynt yn ddiangen).', reference: 'Burt 1992; networkx effective_size' },
  { metric: 'brokerage', en: 'Gould & Fernandez roles: how often the organisation sits between two unconnected others, by their groups.', cy: 'Rolau Gould & Fernandez: pa mor aml y mae’r sefydliad rhwng dau arall heb gysylltiad, yn ôl eu grwpiau.', reference: 'Gould & Fernandez 1989; R sna::brokerage' },
];
