fn main() {
    std::process::exit(vsopro::main());
}
