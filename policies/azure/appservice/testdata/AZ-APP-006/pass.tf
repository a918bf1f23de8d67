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

# A plan in an App Service Environment with an internal load balancer.
resource "azurerm_app_service_environment_v3" "ilb" {
  name                         = "ase-ilb"
  resource_group_name          = "rg"
  subnet_id                    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/ase"
  internal_load_balancing_mode = "Web, Publishing"
}

resource "azurerm_service_plan" "ase" {
  name                       = "plan-ase"
  location                   = "swedencentral"
  resource_group_name        = "rg"
  os_type                    = "Linux"
  sku_name                   = "I1v2"
  app_service_environment_id = azurerm_app_service_environment_v3.ilb.id
}

resource "azurerm_linux_web_app" "in_ase" {
  name                = "app-in-ase"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = azurerm_service_plan.ase.id

  site_config {}
}
