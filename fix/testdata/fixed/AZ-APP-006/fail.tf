resource "azurerm_linux_web_app" "bad" {
  name                = "app-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  public_network_access_enabled = false # want: AZ-APP-006 col 35

  site_config {}
}

resource "azurerm_linux_web_app" "by_default" { # want: AZ-APP-006 col 1
  name                          = "app-default"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  service_plan_id               = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  public_network_access_enabled = false

  site_config {}
}
