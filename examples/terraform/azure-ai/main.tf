# A retrieval-augmented chat platform on Azure: Azure OpenAI for the model,
# a storage account for the documents it is grounded on, a key vault for the
# customer-managed key, and a jump host subnet. Written for posture's
# examples; it contains deliberate misconfigurations.

terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.20"
    }
  }
}

provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "chat" {
  name     = "rg-${var.prefix}-chat"
  location = var.location
}

resource "azurerm_cognitive_account" "openai" {
  name                  = "oai-${var.prefix}"
  location              = azurerm_resource_group.chat.location
  resource_group_name   = azurerm_resource_group.chat.name
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-${var.prefix}"

  public_network_access_enabled = var.public_access
  local_auth_enabled            = true

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_storage_account" "docs" {
  name                     = "st${var.prefix}docs"
  resource_group_name      = azurerm_resource_group.chat.name
  location                 = azurerm_resource_group.chat.location
  account_tier             = "Standard"
  account_replication_type = "ZRS"
  min_tls_version          = "TLS1_0"
}

resource "azurerm_key_vault" "cmk" {
  name                     = "kv-${var.prefix}-cmk"
  location                 = azurerm_resource_group.chat.location
  resource_group_name      = azurerm_resource_group.chat.name
  tenant_id                = var.tenant_id
  sku_name                 = "premium"
  purge_protection_enabled = false
}

resource "azurerm_network_security_group" "jump" {
  name                = "nsg-${var.prefix}-jump"
  location            = azurerm_resource_group.chat.location
  resource_group_name = azurerm_resource_group.chat.name

  security_rule {
    name                       = "ssh-from-anywhere"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "https-from-gateway"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "10.20.0.0/24"
    destination_address_prefix = "*"
  }
}
