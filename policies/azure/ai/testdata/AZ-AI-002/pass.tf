variable "public" {
  type = bool
}

resource "azurerm_cognitive_account" "private" {
  name                          = "oai-private"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  public_network_access_enabled = false
}

# The value is an input without a default: unknown, so not reported.
resource "azurerm_cognitive_account" "unknown" {
  name                          = "oai-unknown"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  public_network_access_enabled = var.public
}

resource "azurerm_ai_services" "foundry" {
  name                  = "ais-foundry"
  location              = "swedencentral"
  resource_group_name   = "rg"
  sku_name              = "S0"
  public_network_access = "Disabled"
}
