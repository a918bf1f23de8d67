resource "azurerm_network_security_group" "open" {
  name                = "nsg-open"
  location            = "swedencentral"
  resource_group_name = "rg"

  security_rule {
    name                       = "all"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "*" # want: AZ-NET-003 col 34
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "jupyter"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "8888"
    source_address_prefix      = "Internet" # want: AZ-NET-003 col 34
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "ollama"
    priority                   = 120
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "11000-11500"
    source_address_prefix      = "0.0.0.0/0" # want: AZ-NET-003 col 34
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_rule" "full_range" {
  name                        = "full-range"
  priority                    = 130
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "0-65535"
  source_address_prefix       = "Any" # want: AZ-NET-003 col 33
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "nsg-open"
}
