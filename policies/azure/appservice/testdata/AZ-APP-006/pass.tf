variable "setting" {
  type = bool
}

resource "azurerm_linux_web_app" "good" {
  name                = "app-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  public_network_access_enabled = false

  site_config {}
}

# An input without a default: unknown, so not reported.
resource "azurerm_linux_web_app" "unknown" {
  name                = "app-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  public_network_access_enabled = var.setting

  site_config {}
}
