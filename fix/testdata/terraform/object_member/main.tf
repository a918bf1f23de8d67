variable "keys" {
  type = object({
    enabled = bool
    rotate  = optional(bool, true)
  })
}

resource "azurerm_cognitive_account" "openai" {
  name                = "oai"
  location            = "swedencentral"
  resource_group_name = "rg"
  kind                = "OpenAI"
  sku_name            = "S0"
  local_auth_enabled  = var.keys.enabled
}
