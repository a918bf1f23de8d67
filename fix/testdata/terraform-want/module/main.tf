module "ai" {
  source     = "./modules/ai"
  allow_keys = false
}
