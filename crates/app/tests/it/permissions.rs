//! The written permission matrix (`docs/permissions.md`) is the one the code enforces.

use upstander_core::{Permission, Role};

#[test]
fn the_documented_matrix_is_the_one_the_code_enforces() {
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/permissions.md"
    ))
    .unwrap();
    let mut rows = doc.lines().filter(|l| l.starts_with('|')).map(|l| {
        l.trim_matches('|')
            .split('|')
            .map(str::trim)
            .collect::<Vec<_>>()
    });
    let header = rows.next().unwrap();
    let roles: Vec<Role> = header[1..]
        .iter()
        .map(|r| Role::parse(r).unwrap())
        .collect();
    assert_eq!(roles, Role::ALL);
    let mut seen = Vec::new();
    for row in rows.filter(|r| !r[0].starts_with("---")) {
        let permission = Permission::parse(row[0]).unwrap();
        seen.push(permission);
        for (role, cell) in roles.iter().zip(&row[1..]) {
            let documented = match *cell {
                "yes" => true,
                "no" => false,
                other => panic!("cell {other:?} for {role}/{permission} is not yes or no"),
            };
            assert_eq!(
                documented,
                role.can(permission),
                "docs/permissions.md says {role} {} {permission}",
                if documented { "may" } else { "may not" }
            );
        }
    }
    assert_eq!(
        seen,
        Permission::ALL,
        "every permission has one row, in order"
    );
}
