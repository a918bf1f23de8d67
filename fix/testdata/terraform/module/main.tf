module "ai" {
  source     = "./modules/ai"
  allow_keys = true
}
