/**
 * One body on the representation map: what it is, and a table of its seats with holder, on whose
 * behalf, last report-back; vacant and overdue seats are marked in words, not only by colour.
 * Signed-in CVC staff (and admins) get "Fill seat" and "Log report-back" on each seat.
 */
import { Fragment, useRef, useState } from 'react';
import { lastReportBackOn, type RepresentationSeat } from '../../api/representation.ts';
import { hrefFor } from '../../components/router.ts';
import { FillSeatForm, LogReportBackForm } from '../../editing/SeatForms.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { OrderedBody } from './model.ts';

type Action = 'fill' | 'report';

export interface BodySeatsProps {
  entry: OrderedBody;
  asOf: string | null;
  /** seat key -> months silent, for seats the API's rule flags overdue */
  overdue: Map<string, number | null> | null;
  canFill: boolean;
  canReport: boolean;
  onSaved: (message: string) => void;
}

export function BodySeats({ entry, asOf, overdue, canFill, canReport, onSaved }: BodySeatsProps) {
  const { t, name, date } = useI18n();
  const { body, seats, depth } = entry;
  const [open, setOpen] = useState<{ seat: string; action: Action } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const headingId = `body-${body.key}`;
  const bodyName = name(body.name, body.nameCy);
  const editable = canFill || canReport;
  const vacant = seats.filter((s) => s.vacant).length;

  const close = (seatKey: string, action: Action) => {
    setOpen(null);
    buttons.current.get(`${seatKey}|${action}`)?.focus();
  };
  const toggle = (seatKey: string, action: Action) =>
    open?.seat === seatKey && open.action === action ? close(seatKey, action) : setOpen({ seat: seatKey, action });

  const actionButton = (seat: RepresentationSeat, action: Action, label: string) => {
    const expanded = open?.seat === seat.key && open.action === action;
    return (
      <button
        ref={(el) => {
          if (el) buttons.current.set(`${seat.key}|${action}`, el);
          else buttons.current.delete(`${seat.key}|${action}`);
        }}
        type="button"
        className="button button-secondary button-small"
        aria-expanded={expanded}
        aria-controls={expanded ? `seat-form-${seat.key}` : undefined}
        onClick={() => toggle(seat.key, action)}
        data-testid={`${action}-${seat.key}`}
      >
        {label}
      </button>
    );
  };

  return (
    <section className={`rep-body rep-depth-${Math.min(depth, 2)}`} aria-labelledby={headingId} data-testid="rep-body" data-body={body.key} data-seats={seats.length} data-vacant={vacant}>
      <div className="rep-body-head">
        <h3 id={headingId}>{bodyName}</h3>
        <p className="rep-body-meta small">
          <span className="rep-type">{t(`representation.bodyType.${body.type}`)}</span>
          {body.parent && <> · {t('representation.partOf', { name: name(body.parent.name, body.parent.nameCy) })}</>}
          {body.validFrom && <> · {t('representation.since', { date: date(body.validFrom) })}</>}
        </p>
      </div>
      {seats.length === 0 ? (
        <p className="muted small">{t('representation.noSeats')}</p>
      ) : (
        <div className="rep-table-wrap">
          <table className="data-table rep-seats" data-testid="seat-table">
            <caption className="visually-hidden">{t('representation.seatsCaption', { name: bodyName, count: seats.length, vacant })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('representation.col.seat')}</th>
                <th scope="col">{t('representation.col.holder')}</th>
                <th scope="col">{t('representation.col.onBehalfOf')}</th>
                <th scope="col">{t('representation.col.lastReportBack')}</th>
                {editable && <th scope="col">{t('representation.col.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {seats.map((seat) => {
                const last = lastReportBackOn(seat, asOf);
                const isOverdue = overdue?.has(seat.key) ?? false;
                const months = overdue?.get(seat.key);
                const formOpen = open?.seat === seat.key ? open.action : null;
                return (
                  <Fragment key={seat.key}>
                    <tr className={seat.vacant ? 'seat-vacant' : undefined} data-testid="seat-row" data-seat={seat.key} data-vacant={seat.vacant} data-overdue={isOverdue}>
                      <th scope="row">{t(`representation.seatType.${seat.seatType}`)}</th>
                      <td>
                        {seat.vacant || !seat.holder ? (
                          <span className="badge badge-vacant" data-testid="vacant-badge">
                            {t('representation.vacant')}
                          </span>
                        ) : (
                          <>
                            <span className="holder-name" data-testid="holder">
                              {seat.holder.name}
                            </span>
                            {seat.holder.name !== seat.holder.role && <span className="muted small"> · {seat.holder.role}</span>}
                            {seat.holder.organisation && <span className="rep-sub small">{name(seat.holder.organisation.name, seat.holder.organisation.nameCy)}</span>}
                            {seat.holderSince && <span className="rep-sub small muted">{t('representation.holderSince', { date: date(seat.holderSince) })}</span>}
                          </>
                        )}
                      </td>
                      <td>
                        {seat.onBehalfOf ? (
                          <a href={hrefFor('network', { org: seat.onBehalfOf.key })}>{name(seat.onBehalfOf.name, seat.onBehalfOf.nameCy)}</a>
                        ) : (
                          <span className="muted">{t('representation.notStated')}</span>
                        )}
                      </td>
                      <td data-testid="last-report-back" data-date={last ?? ''}>
                        {last ? date(last) : <span className="muted">{t('representation.never')}</span>}
                        {isOverdue && (
                          <span className="badge badge-overdue" data-testid="overdue-badge">
                            {months != null ? t('representation.overdueMonths', { months }) : t('representation.overdue')}
                          </span>
                        )}
                      </td>
                      {editable && (
                        <td className="rep-actions">
                          {canFill && actionButton(seat, 'fill', seat.vacant ? t('representation.fill') : t('representation.changeHolder'))}
                          {canReport && !seat.vacant && seat.holder && actionButton(seat, 'report', t('representation.logReportBack'))}
                        </td>
                      )}
                    </tr>
                    {formOpen && (
                      <tr className="rep-form-row">
                        <td colSpan={editable ? 5 : 4} id={`seat-form-${seat.key}`}>
                          {formOpen === 'fill' ? (
                            <FillSeatForm
                              seat={seat}
                              bodyName={bodyName}
                              asOf={asOf}
                              onCancel={() => close(seat.key, 'fill')}
                              onDone={(message) => {
                                close(seat.key, 'fill');
                                onSaved(message);
                              }}
                            />
                          ) : (
                            <LogReportBackForm
                              seat={seat}
                              bodyName={bodyName}
                              asOf={asOf}
                              onCancel={() => close(seat.key, 'report')}
                              onDone={(message) => {
                                close(seat.key, 'report');
                                onSaved(message);
                              }}
                            />
                          )}
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
