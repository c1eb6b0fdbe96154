// Partner survey (docs/survey-and-reports.md): waves and invitations have business keys; an
// invitation's token is stored only as its SHA-256 hash, unique so a link finds one invitation.
CREATE CONSTRAINT survey_wave_id IF NOT EXISTS FOR (n:SurveyWave) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT survey_invitation_id IF NOT EXISTS FOR (n:SurveyInvitation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT survey_invitation_token_hash IF NOT EXISTS FOR (n:SurveyInvitation) REQUIRE n.tokenHash IS UNIQUE;
