// Package azurerm converts Terraform azurerm_* and azapi_resource resources
// into the ARM shape that Azure policies are written against, so one Rego
// policy covers Terraform and ARM/Bicep alike.
//
// # The mapping model
//
// Every supported Terraform type has a mapping: its ARM type and a table of
// entries. An entry names
//
//   - the Terraform attribute path as the user writes it, blocks joined by
//     dots (network_acls.default_action); a single nested block is entered
//     at its only instance;
//   - the ARM property path it becomes (properties.networkAcls.defaultAction);
//   - a value transform: unchanged, a bool to "Enabled"/"Disabled", an
//     inverted bool (local_auth_enabled → disableLocalAuth), a list of
//     strings to a list of objects (ip_rules → ipRules[*].value), a block's
//     presence to a constant, an enum spelling, a Key Vault key id to its
//     parts, an RFC 3339 date to Unix seconds;
//   - the provider's default when the attribute is absent, which may depend
//     on the azurerm version (allow_nested_items_to_be_public: true before
//     4.59.0, false from it);
//   - for a list of nested blocks (security_rule), the entries of each
//     block, mapped onto the objects of an ARM array.
//
// Attributes renamed between provider versions (enable_https_traffic_only,
// https_traffic_only_enabled) are separate entries with the same ARM path;
// the first one present wins and the default is filled in when none is.
//
// # What the conversion guarantees
//
// A value from the source keeps the range of the attribute that produced
// it, re-keyed to the ARM path; a block's range goes to the ARM object its
// attributes share. A default has no range, so a finding on it points at
// the resource header. An unknown attribute makes its ARM path unknown and
// no default is filled in for it. Names maps every ARM path of the table to
// the Terraform attribute path, so messages can say "set
// public_network_access_enabled = false". References are re-keyed too; one
// from an attribute with no ARM place keeps its Terraform path.
//
// The version comes from Meta["provider_version"] (a locked version or a
// constraint such as "~> 4.0"). When a version-dependent default was used,
// Meta["default_basis"] says on what basis: the version, a constraint that
// spans the change, or no version at all (then the less secure default is
// assumed).
//
// ARM has no body property naming a child's parent (server_id of a
// firewall rule). Its known value goes to Meta["parent"], its range and
// name to the path "parent", and its reference to the path "name", where
// parser/arm records the parent of a child resource (ARM names a child
// "parent/child").
//
// # Folding
//
// Some Terraform resources configure a parent and have no ARM resource of
// their own (or one ARM templates rarely use). They convert to a fragment
// type, "<parent type>#<property>", and Fold merges them into the parent
// found through the "parent" reference: azurerm_storage_account_network_rules
// into properties.networkAcls, azurerm_cognitive_account_customer_managed_key
// into properties.encryption, and azurerm_key_vault_access_policy
// (Microsoft.KeyVault/vaults/accessPolicies) appended to
// properties.accessPolicies.
package azurerm
