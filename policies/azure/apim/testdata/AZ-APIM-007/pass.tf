resource "azurerm_api_management_named_value" "vault" {
  name                = "openai-key"
  api_management_name = "apim"
  resource_group_name = "rg"
  display_name        = "openai-key"
  secret              = true

  value_from_key_vault {
    secret_id = "https://kv.vault.azure.net/secrets/openai-key"
  }
}

resource "azurerm_api_management_named_value" "plain" {
  name                = "region"
  api_management_name = "apim"
  resource_group_name = "rg"
  display_name        = "region"
  value               = "swedencentral"
}

variable "key" {
  type      = string
  sensitive = true
}

# An input without a default: unknown, so not reported.
resource "azurerm_api_management_named_value" "unknown" {
  name                = "other-key"
  api_management_name = "apim"
  resource_group_name = "rg"
  display_name        = "other-key"
  secret              = true
  value               = var.key
}
