variable "key" {
  type = string
}

resource "azurerm_data_factory" "good" {
  name                = "adf-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  customer_managed_key_id = "https://kv.vault.azure.net/keys/adf/0123"
}

# An input without a default: unknown, so not reported.
resource "azurerm_data_factory" "unknown" {
  name                = "adf-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  customer_managed_key_id = var.key
}
