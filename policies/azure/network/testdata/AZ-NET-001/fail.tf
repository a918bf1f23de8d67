resource "azurerm_network_security_group" "jump" {
  name                = "nsg-jump"
  location            = "swedencentral"
  resource_group_name = "rg"

  security_rule {
    name                       = "ssh"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "*" # want: AZ-NET-001 col 34
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_rule" "range" {
  name                        = "mgmt-range"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "20-25"
  source_address_prefix       = "0.0.0.0/0" # want: AZ-NET-001 col 33
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "nsg-jump"
}
