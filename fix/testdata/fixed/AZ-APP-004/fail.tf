resource "azurerm_linux_web_app" "no_identity" { # want: AZ-APP-004 col 1
  name = "app-no-identity"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {}

  identity {
    type = "SystemAssigned"
  }
}
