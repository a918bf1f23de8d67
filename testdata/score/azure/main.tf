# Fixture of score/score_test.go: the expected score is computed by hand in
# that test. Changing a resource here changes the arithmetic there.

variable "local_auth" {
  type = bool
}

# Fails AZ-AI-001 (public, no network ACLs) and AZ-AI-003 (keys on): the
# attack path "internet-reachable model endpoint that accepts keys". It
# uses the storage account below, which makes that account AI data.
resource "azurerm_cognitive_account" "open" {
  name                = "oai-open"
  location            = "westeurope"
  resource_group_name = "rg-ai"
  kind                = "OpenAI"
  sku_name            = "S0"

  storage {
    storage_account_id = azurerm_storage_account.data.id
  }
}

# Passes both.
resource "azurerm_cognitive_account" "locked" {
  name                          = "oai-locked"
  location                      = "westeurope"
  resource_group_name           = "rg-ai"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  custom_subdomain_name         = "oai-locked"
  public_network_access_enabled = false
  local_auth_enabled            = false
}

# Passes AZ-AI-001; AZ-AI-003 cannot be decided (var.local_auth has no
# value): not applicable, or unhealthy with --strict.
resource "azurerm_cognitive_account" "unknown" {
  name                          = "oai-unknown"
  location                      = "westeurope"
  resource_group_name           = "rg-ai"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  custom_subdomain_name         = "oai-unknown"
  public_network_access_enabled = false
  local_auth_enabled            = var.local_auth
}

# Fails AZ-ST-002 (TLS 1.0).
resource "azurerm_storage_account" "data" {
  name                     = "stdata"
  resource_group_name      = "rg-ai"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_0"
}

# Passes AZ-ST-002.
resource "azurerm_storage_account" "logs" {
  name                     = "stlogs"
  resource_group_name      = "rg-ai"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_2"
}

# Fails AZ-NET-001 (SSH from the internet).
resource "azurerm_network_security_group" "mgmt" {
  name                = "nsg-mgmt"
  location            = "westeurope"
  resource_group_name = "rg-ai"

  security_rule {
    name                       = "ssh"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}
