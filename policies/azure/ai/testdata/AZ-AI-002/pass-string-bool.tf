resource "azurerm_cognitive_account" "quoted_off" {
  name                          = "oai-quoted-off"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  public_network_access_enabled = "false"
}
