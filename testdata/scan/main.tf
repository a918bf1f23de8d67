# A scenario for the output tests: one finding per format and a diagnostic.
resource "azurerm_cognitive_account" "openai" {
  name                          = "oai-golden"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  public_network_access_enabled = false
  local_auth_enabled            = true
}
