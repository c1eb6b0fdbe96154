// Stores a respondent's answers (as submitted, JSON) on the invitation and counts the submission.
MATCH (i:SurveyInvitation {id: $id})
SET i.answers = $answers, i.respondedAt = datetime($at),
    i.firstRespondedAt = coalesce(i.firstRespondedAt, datetime($at)),
    i.submissions = coalesce(i.submissions, 0) + 1
RETURN i.submissions AS submissions
