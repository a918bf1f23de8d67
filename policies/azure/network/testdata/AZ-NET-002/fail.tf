resource "azurerm_network_security_group" "rdp" {
  name                = "nsg-rdp"
  location            = "swedencentral"
  resource_group_name = "rg"

  security_rule {
    name                       = "rdp"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "3389"
    source_address_prefix      = "Internet" # want: AZ-NET-002 col 34
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "rdp-udp"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_range     = "3380-3390"
    source_address_prefix      = "*" # want: AZ-NET-002 col 34
    destination_address_prefix = "*"
  }
}
