module "bastion" {
  source = "../../modules/bastion"
}
