"use strict";
// Passkeys: registration on the security page, and the second sign-in step on /mfa.
// Talks to Spring Security's WebAuthn endpoints (/webauthn/...) and to /mfa/passkey.
(() => {
  const b64 = {
    encode(buffer) {
      return btoa(String.fromCharCode(...new Uint8Array(buffer)))
        .replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
    },
    decode(text) {
      const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
      return Uint8Array.from(bin, (c) => c.charCodeAt(0)).buffer;
    }
  };

  function headers() {
    const token = document.querySelector("meta[name=_csrf]").content;
    const header = document.querySelector("meta[name=_csrf_header]").content;
    return { "Content-Type": "application/json", [header]: token };
  }

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST", headers: headers(), credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (!response.ok) {
      throw new Error("HTTP " + response.status);
    }
    return response.json();
  }

  function descriptors(list) {
    return (list || []).map((c) => ({ ...c, id: b64.decode(c.id) }));
  }

  async function register(label) {
    const options = await post("/webauthn/register/options");
    const created = await navigator.credentials.create({ publicKey: {
      ...options,
      user: { ...options.user, id: b64.decode(options.user.id) },
      challenge: b64.decode(options.challenge),
      excludeCredentials: descriptors(options.excludeCredentials)
    } });
    const response = created.response;
    const result = await post("/webauthn/register", { publicKey: { label, credential: {
      id: created.id,
      rawId: b64.encode(created.rawId),
      response: {
        attestationObject: b64.encode(response.attestationObject),
        clientDataJSON: b64.encode(response.clientDataJSON),
        transports: response.getTransports ? response.getTransports() : []
      },
      type: created.type,
      clientExtensionResults: created.getClientExtensionResults(),
      authenticatorAttachment: created.authenticatorAttachment
    } } });
    if (!result.success) {
      throw new Error("registration refused");
    }
  }

  async function verify() {
    const options = await post("/webauthn/authenticate/options");
    const assertion = await navigator.credentials.get({ publicKey: {
      ...options,
      challenge: b64.decode(options.challenge),
      allowCredentials: descriptors(options.allowCredentials)
    } });
    const response = assertion.response;
    const result = await post("/mfa/passkey", {
      id: assertion.id,
      rawId: b64.encode(assertion.rawId),
      response: {
        authenticatorData: b64.encode(response.authenticatorData),
        clientDataJSON: b64.encode(response.clientDataJSON),
        signature: b64.encode(response.signature),
        userHandle: response.userHandle ? b64.encode(response.userHandle) : undefined
      },
      credType: assertion.type,
      clientExtensionResults: assertion.getClientExtensionResults(),
      authenticatorAttachment: assertion.authenticatorAttachment
    });
    window.location.href = result.redirectUrl;
  }

  function showError() {
    const error = document.getElementById("passkey-error");
    if (error) {
      error.hidden = false;
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    const registerButton = document.getElementById("passkey-register");
    if (registerButton) {
      registerButton.addEventListener("click", async () => {
        const label = document.getElementById("passkey-label").value.trim() || "Passkey";
        try {
          await register(label);
          window.location.reload();
        } catch (err) {
          showError();
        }
      });
    }
    const verifyButton = document.getElementById("passkey-verify");
    if (verifyButton) {
      verifyButton.addEventListener("click", async () => {
        try {
          await verify();
        } catch (err) {
          showError();
        }
      });
    }
  });
})();
