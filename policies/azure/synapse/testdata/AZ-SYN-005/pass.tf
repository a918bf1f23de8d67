resource "azurerm_synapse_firewall_rule" "office" {
  name                 = "office"
  synapse_workspace_id = azurerm_synapse_workspace.syn.id
  start_ip_address     = "203.0.113.0"
  end_ip_address       = "203.0.113.255"
}
