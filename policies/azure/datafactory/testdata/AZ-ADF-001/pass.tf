variable "setting" {
  type = bool
}

resource "azurerm_data_factory" "good" {
  name                = "adf-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  public_network_enabled = false
}

# An input without a default: unknown, so not reported.
resource "azurerm_data_factory" "unknown" {
  name                = "adf-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  public_network_enabled = var.setting
}
