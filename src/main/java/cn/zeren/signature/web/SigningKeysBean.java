package cn.zeren.signature.web;

import cn.zeren.signature.PublicKeyView;
import cn.zeren.signature.SignatureService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** 签名公钥: every signer's published SM2 public key with its fingerprint. */
@Named
@RequestScoped
public class SigningKeysBean {
  @Inject SignatureService signatures;
  private List<PublicKeyView> keys;

  public List<PublicKeyView> getKeys() {
    if (keys == null) {
      keys = signatures.publicKeys();
    }
    return keys;
  }
}
