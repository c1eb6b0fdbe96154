// The fields of exported organisations that the network view leaves out (for CSV round trips).
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
RETURN o.id AS id, o.size AS size, o.charityNumber AS charityNumber, o.website AS website,
       o.since AS since, o.until AS until, o.attributes AS attributesJson
