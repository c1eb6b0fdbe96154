// How many accounts exist: none means first start (an admin is created and its password printed once).
MATCH (u:User)
RETURN count(u) AS users
