resource "azurerm_virtual_machine" "bad" {
  name                = "vm-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]
  vm_size             = "Standard_D4s_v5"

  storage_os_disk {
    name          = "osdisk"
    create_option = "FromImage"
    vhd_uri       = "https://stvms.blob.core.windows.net/vhds/osdisk.vhd" # want: AZ-VM-005 col 21
  }
}
