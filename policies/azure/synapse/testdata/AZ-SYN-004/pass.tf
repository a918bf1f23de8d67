variable "setting" {
  type = bool
}

resource "azurerm_synapse_workspace" "good" {
  name                = "syn-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  storage_data_lake_gen2_filesystem_id = "https://stsyn.dfs.core.windows.net/fs"
  sql_administrator_login              = "sqladmin"
  data_exfiltration_protection_enabled = true
}

# An input without a default: unknown, so not reported.
resource "azurerm_synapse_workspace" "unknown" {
  name                = "syn-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  storage_data_lake_gen2_filesystem_id = "https://stsyn.dfs.core.windows.net/fs"
  sql_administrator_login              = "sqladmin"
  data_exfiltration_protection_enabled = var.setting
}
