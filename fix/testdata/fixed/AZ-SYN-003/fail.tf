resource "azurerm_synapse_workspace" "bad" {
  name                = "syn-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  storage_data_lake_gen2_filesystem_id = "https://stsyn.dfs.core.windows.net/fs"
  sql_administrator_login              = "sqladmin"
  managed_virtual_network_enabled = true # want: AZ-SYN-003 col 37
}

resource "azurerm_synapse_workspace" "by_default" { # want: AZ-SYN-003 col 1
  name                = "syn-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  storage_data_lake_gen2_filesystem_id = "https://stsyn.dfs.core.windows.net/fs"
  sql_administrator_login              = "sqladmin"
  managed_virtual_network_enabled = true
}
