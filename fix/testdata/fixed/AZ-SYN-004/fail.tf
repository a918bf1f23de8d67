resource "azurerm_synapse_workspace" "bad" {
  name                = "syn-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  storage_data_lake_gen2_filesystem_id = "https://stsyn.dfs.core.windows.net/fs"
  sql_administrator_login              = "sqladmin"
  data_exfiltration_protection_enabled = true # want: AZ-SYN-004 col 42
}

resource "azurerm_synapse_workspace" "by_default" { # want: AZ-SYN-004 col 1
  name                = "syn-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  storage_data_lake_gen2_filesystem_id = "https://stsyn.dfs.core.windows.net/fs"
  sql_administrator_login              = "sqladmin"
  data_exfiltration_protection_enabled = true
}
