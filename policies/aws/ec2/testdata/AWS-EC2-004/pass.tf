resource "aws_instance" "trainer" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "g5.xlarge"
  iam_instance_profile = "trainer"
  user_data            = <<-EOT
    #!/bin/bash
    TOKEN=$(aws secretsmanager get-secret-value --secret-id hf-token --query SecretString --output text)
    python train.py
  EOT
}
