resource "azurerm_synapse_workspace" "bad" {
  name                = "syn-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  storage_data_lake_gen2_filesystem_id = "https://stsyn.dfs.core.windows.net/fs"
  sql_administrator_login              = "sqladmin"
  azuread_authentication_only = true # want: AZ-SYN-002 col 33
}

resource "azurerm_synapse_workspace" "by_default" { # want: AZ-SYN-002 col 1
  name                = "syn-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  storage_data_lake_gen2_filesystem_id = "https://stsyn.dfs.core.windows.net/fs"
  sql_administrator_login              = "sqladmin"
  azuread_authentication_only = true
}
