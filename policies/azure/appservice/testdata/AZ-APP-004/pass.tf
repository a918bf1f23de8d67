variable "identity_type" {
  type = string
}

resource "azurerm_linux_web_app" "system" {
  name = "app-system"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {}

  identity {
    type = "SystemAssigned"
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_linux_web_app" "unknown" {
  name = "app-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {}

  identity {
    type = var.identity_type
  }
}
