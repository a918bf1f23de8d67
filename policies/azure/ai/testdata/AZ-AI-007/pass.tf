variable "subdomain" {
  type = string
}

resource "azurerm_cognitive_account" "named" {
  name                  = "oai-named"
  location              = "swedencentral"
  resource_group_name   = "rg"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "contoso-oai"
}

# The subdomain is an input without a default: not evaluated.
resource "azurerm_cognitive_account" "unknown" {
  name                  = "oai-unknown"
  location              = "swedencentral"
  resource_group_name   = "rg"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = var.subdomain
}
