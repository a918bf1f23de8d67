variable "action" {
  type = string
}

resource "azurerm_storage_account" "deny" {
  name                     = "stdeny"
  resource_group_name      = "rg"
  location                 = "swedencentral"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  network_rules {
    default_action = "Deny"
    ip_rules       = ["203.0.113.0/24"]
  }
}

resource "azurerm_storage_account" "private" {
  name                          = "stprivate"
  resource_group_name           = "rg"
  location                      = "swedencentral"
  account_tier                  = "Standard"
  account_replication_type      = "LRS"
  public_network_access_enabled = false
}

resource "azurerm_storage_account" "separate" {
  name                     = "stseparate"
  resource_group_name      = "rg"
  location                 = "swedencentral"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account_network_rules" "separate" {
  storage_account_id = azurerm_storage_account.separate.id
  default_action     = "deny"
}

# An input without a default: unknown, so not reported.
resource "azurerm_storage_account" "unknown" {
  name                     = "stunknown"
  resource_group_name      = "rg"
  location                 = "swedencentral"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  network_rules {
    default_action = var.action
  }
}

# No network rules in the scan: they may be set in another configuration,
# so this is only "review" (shown with --show-unknown) unless the scan is
# declared complete.
resource "azurerm_storage_account" "elsewhere" {
  name                     = "stelsewhere"
  resource_group_name      = "rg"
  location                 = "swedencentral"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
