//! A keychain in memory, given to the `keyring` crate in place of the system's: what is set
//! stays, for every entry of the same service and user, until deleted (the crate's own mock
//! forgets it when the entry is dropped). Tests and benchmarks of Mend's use of the keychain
//! run on it where no Secret Service is on the bus.
#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use keyring::credential::{Credential, CredentialApi, CredentialBuilderApi};

type Secrets = HashMap<(String, String), Vec<u8>>;

/// The store; `install` makes it the crate's default.
#[derive(Default, Clone)]
pub struct Memory(Arc<Mutex<Secrets>>);

struct Item(Memory, (String, String));

impl CredentialApi for Item {
    fn set_secret(&self, secret: &[u8]) -> keyring::Result<()> {
        self.0 .0.lock().unwrap().insert(self.1.clone(), secret.to_vec());
        Ok(())
    }
    fn get_secret(&self) -> keyring::Result<Vec<u8>> {
        self.0 .0.lock().unwrap().get(&self.1).cloned().ok_or(keyring::Error::NoEntry)
    }
    fn delete_credential(&self) -> keyring::Result<()> {
        self.0 .0.lock().unwrap().remove(&self.1).map(|_| ()).ok_or(keyring::Error::NoEntry)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl CredentialBuilderApi for Memory {
    fn build(&self, _: Option<&str>, service: &str, user: &str) -> keyring::Result<Box<Credential>> {
        Ok(Box::new(Item(self.clone(), (service.to_owned(), user.to_owned()))))
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Memory {
    /// Makes a new, empty one the keychain of this process and returns it.
    pub fn install() -> Memory {
        let memory = Memory::default();
        keyring::set_default_credential_builder(Box::new(memory.clone()));
        memory
    }

    /// How many secrets it holds.
    pub fn len(&self) -> usize {
        self.0.lock().unwrap().len()
    }
}
