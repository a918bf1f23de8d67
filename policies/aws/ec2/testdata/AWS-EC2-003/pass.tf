resource "aws_instance" "notebook" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "g5.xlarge"
  associate_public_ip_address = false
}

resource "aws_instance" "subnet_decides" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "g5.xlarge"
}
