// A reminder: the invitation gets a new token (the old link stops working) and the reminder is counted.
MATCH (i:SurveyInvitation {id: $id})
SET i.tokenHash = $tokenHash, i.reminders = coalesce(i.reminders, 0) + 1, i.lastRemindedAt = datetime($at)
RETURN i.reminders AS reminders
