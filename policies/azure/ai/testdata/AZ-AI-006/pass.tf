variable "fqdns" {
  type = list(string)
}

resource "azurerm_cognitive_account" "restricted" {
  name                               = "oai-restricted"
  location                           = "swedencentral"
  resource_group_name                = "rg"
  kind                               = "OpenAI"
  sku_name                           = "S0"
  outbound_network_access_restricted = true
  fqdns                              = ["stragdocs.blob.core.windows.net", "srch-docs.search.windows.net"]
}

# Other kinds have no outbound features to restrict.
resource "azurerm_cognitive_account" "language" {
  name                = "lang"
  location            = "swedencentral"
  resource_group_name = "rg"
  kind                = "TextAnalytics"
  sku_name            = "S"
}

# The allow-list is an input without a default: not evaluated.
resource "azurerm_cognitive_account" "unknown" {
  name                               = "oai-unknown"
  location                           = "swedencentral"
  resource_group_name                = "rg"
  kind                               = "OpenAI"
  sku_name                           = "S0"
  outbound_network_access_restricted = true
  fqdns                              = var.fqdns
}
