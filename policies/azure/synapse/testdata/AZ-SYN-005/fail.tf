resource "azurerm_synapse_firewall_rule" "all" {
  name                 = "AllowAll"
  synapse_workspace_id = azurerm_synapse_workspace.syn.id
  start_ip_address     = "0.0.0.0" # want: AZ-SYN-005 col 26
  end_ip_address       = "255.255.255.255"
}
