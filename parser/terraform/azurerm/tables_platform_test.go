package azurerm

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConvertPlatform converts the Catalogue II resources whose mapping
// does more than copy: inverted and enum booleans, keys with dots, nested
// block lists, version-dependent defaults. Only the properties a test
// names are compared.
func TestConvertPlatform(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		typ     string
		version string
		in      obj
		armType string
		want    map[string]any // ARM path → value
		names   map[string]string
		meta    map[string]string
	}{
		{
			name:    "Redis defaults: public, keys on, TLS version left to the service",
			typ:     "azurerm_redis_cache",
			in:      obj{"name": "redis", "sku_name": "Standard", "family": "C", "capacity": 1},
			armType: "Microsoft.Cache/redis",
			want: map[string]any{
				"properties.enableNonSslPort":               false,
				"properties.publicNetworkAccess":            "Enabled",
				"properties.disableAccessKeyAuthentication": false,
				"properties.minimumTlsVersion":              nil,
			},
		},
		{
			name:    "Redis keys off, v3 spelling of the non-TLS port",
			typ:     "azurerm_redis_cache",
			in:      obj{"name": "redis", "access_keys_authentication_enabled": false, "enable_non_ssl_port": true},
			armType: "Microsoft.Cache/redis",
			want: map[string]any{
				"properties.disableAccessKeyAuthentication": true,
				"properties.enableNonSslPort":               true,
			},
			names: map[string]string{"properties.enableNonSslPort": "enable_non_ssl_port"},
		},
		{
			name:    "API Management security settings land on customProperties keys",
			typ:     "azurerm_api_management",
			in:      obj{"name": "apim", "sku_name": "Developer_1", "security": blk(obj{"frontend_tls10_enabled": true, "enable_backend_ssl30": true})},
			armType: "Microsoft.ApiManagement/service",
			want: map[string]any{
				`properties.customProperties["Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls10"]`:         true,
				`properties.customProperties["Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Backend.Protocols.Ssl30"]`: true,
				"properties.virtualNetworkType":  "None",
				"properties.publicNetworkAccess": "Enabled",
			},
			names: map[string]string{
				`properties.customProperties["Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls10"]`: "security.frontend_tls10_enabled",
			},
		},
		{
			name: "scale set public IP per instance",
			typ:  "azurerm_linux_virtual_machine_scale_set",
			in: obj{"name": "vmss", "sku": "Standard_NC6s_v3", "network_interface": []any{
				obj{"name": "nic", "ip_configuration": []any{
					obj{"name": "ip", "public_ip_address": blk(obj{"name": "pip"})},
				}},
			}},
			armType: "Microsoft.Compute/virtualMachineScaleSets",
			want: map[string]any{
				"properties.virtualMachineProfile.networkProfile.networkInterfaceConfigurations[0].properties.ipConfigurations[0].properties.publicIPAddressConfiguration": true,
				"properties.virtualMachineProfile.osProfile.linuxConfiguration.disablePasswordAuthentication":                                                              true,
				"properties.virtualMachineProfile.securityProfile.encryptionAtHost":                                                                                        false,
			},
		},
		{
			name:    "Databricks before azurerm 4.0: nodes get public IPs",
			typ:     "azurerm_databricks_workspace",
			version: "~> 3.100",
			in:      obj{"name": "dbw", "sku": "premium"},
			armType: "Microsoft.Databricks/workspaces",
			want:    map[string]any{"properties.parameters.enableNoPublicIp.value": false},
			meta:    map[string]string{"default_basis": "azurerm ~> 3.100: custom_parameters.no_public_ip defaults to false (before 4.0.0)"},
		},
		{
			name:    "Databricks from azurerm 4.0: no public IPs",
			typ:     "azurerm_databricks_workspace",
			version: "4.12.0",
			in:      obj{"name": "dbw", "sku": "premium", "managed_services_cmk_key_vault_key_id": "https://kv.vault.azure.net/keys/dbw/v1"},
			armType: "Microsoft.Databricks/workspaces",
			want: map[string]any{
				"properties.parameters.enableNoPublicIp.value": true,
				"properties.encryption.entities.managedServices.keyVaultProperties": map[string]any{
					"keyVaultUri": "https://kv.vault.azure.net/", "keyName": "dbw", "keyVersion": "v1",
				},
			},
		},
		{
			name:    "Synapse managed virtual network",
			typ:     "azurerm_synapse_workspace",
			in:      obj{"name": "syn", "managed_virtual_network_enabled": true},
			armType: "Microsoft.Synapse/workspaces",
			want: map[string]any{
				"properties.managedVirtualNetwork":                                 "default",
				"properties.azureADOnlyAuthentication":                             false,
				"properties.managedVirtualNetworkSettings.preventDataExfiltration": false,
			},
		},
		{
			name:    "Log Analytics: v5 local_authentication_enabled inverts",
			typ:     "azurerm_log_analytics_workspace",
			in:      obj{"name": "law", "local_authentication_enabled": false, "internet_ingestion_enabled": false},
			armType: "Microsoft.OperationalInsights/workspaces",
			want: map[string]any{
				"properties.features.disableLocalAuth":       true,
				"properties.publicNetworkAccessForIngestion": "Disabled",
				"properties.publicNetworkAccessForQuery":     "Enabled",
			},
		},
		{
			name:    "PostgreSQL flexible server configuration is a child",
			typ:     "azurerm_postgresql_flexible_server_configuration",
			in:      obj{"name": "require_secure_transport", "server_id": "/servers/psql", "value": "off"},
			armType: "Microsoft.DBforPostgreSQL/flexibleServers/configurations",
			want:    map[string]any{"name": "require_secure_transport", "properties.value": "off"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			in := tfRes(tc.typ, tc.in, nil)
			if tc.version != "" {
				in.Meta = map[string]string{"provider_version": tc.version}
			}
			out, ok := Convert(in)
			require.True(t, ok)
			assert.Equal(t, tc.armType, out.Type)
			for p, v := range tc.want {
				assert.Equal(t, v, get(out.Properties, mustPath(p)), "ARM %s", p)
			}
			for k, v := range tc.names {
				assert.Equal(t, v, out.Names[k], "name of %s", k)
			}
			for k, v := range tc.meta {
				assert.Equal(t, v, out.Meta[k], "meta %s", k)
			}
		})
	}
}
