# "false" for a bool attribute is false once Terraform converts it to the
# provider's schema type (here from a map(string) variable).
variable "flags" {
  type    = map(string)
  default = { https_only = false }
}

resource "azurerm_storage_account" "quoted" {
  name                       = "stquoted"
  resource_group_name        = "rg"
  location                   = "westeurope"
  account_tier               = "Standard"
  account_replication_type   = "LRS"
  https_traffic_only_enabled = var.flags["https_only"] # want: AZ-ST-001 col 32
}
