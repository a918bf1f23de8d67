# EBS encryption by default covers volumes that do not ask for it.
resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}

resource "aws_ebs_volume" "datasets" {
  availability_zone = "eu-west-1a"
  size              = 500
}
