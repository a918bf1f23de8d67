# Keys stay on until the batch job moves to Entra ID.
allow_keys = true
