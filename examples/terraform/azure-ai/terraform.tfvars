prefix        = "contoso"
public_access = false
