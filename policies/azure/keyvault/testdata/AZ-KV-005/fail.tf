resource "azurerm_key_vault_key" "cmk" { # want: AZ-KV-005 col 1
  name         = "cmk"
  key_vault_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  key_type     = "RSA"
  key_size     = 2048
  key_opts     = ["wrapKey", "unwrapKey"]
}

resource "azurerm_key_vault_secret" "openai_key" { # want: AZ-KV-005 col 1
  name         = "openai-key"
  value        = "placeholder"
  key_vault_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
}
