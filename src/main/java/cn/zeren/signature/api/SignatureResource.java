package cn.zeren.signature.api;

import cn.zeren.platform.rest.Problem;
import cn.zeren.platform.rest.ZerenApi;
import cn.zeren.signature.PublicKeyView;
import cn.zeren.signature.SignaturePackages;
import cn.zeren.signature.SignatureService;
import cn.zeren.signature.SignatureView;
import cn.zeren.signature.SignedPackage;
import cn.zeren.signature.Verification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signatures (签字背书, YW-11.3): read one, verify it against the signed rows as they are now, download its offline
 * verification package; the signers' published public keys. Signing itself belongs to the signed subject's
 * resource (e.g. {@code POST /api/v1/lists/{id}/versions/{v}/sign}).
 */
@Path("signatures")
@RequestScoped
@Tag(name = "signatures")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ZerenApi.BEARER)
public class SignatureResource {
  @Inject SignatureService signatures;

  @GET
  @Path("{id}")
  @Operation(summary = "一个签名：签名人、角色、时间、意见、内容摘要和公钥指纹")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SignatureView.class)))
  @APIResponse(
      responseCode = "404",
      description = "无此签名",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public SignatureView get(@PathParam("id") long id) {
    return signatures.find(id);
  }

  @GET
  @Path("{id}/verify")
  @Operation(
      summary = "核验签名",
      description = "按数据库中所签内容的现状重建报文并核验 SM2 签名；签名后任一字节被改动即为无效，reason 说明原因。")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Verification.class)))
  public Verification verify(@PathParam("id") long id) {
    return signatures.verify(id);
  }

  @GET
  @Path("{id}/package")
  @Produces("application/zip")
  @Operation(
      summary = "下载离线核验包",
      description = "ZIP：message.json（所签报文）、signature.der（SM2 签名）、signer.pem（公钥）和说明；"
          + "用 openssl dgst -sm3 -verify signer.pem -sigopt distid:1234567812345678 -signature signature.der message.json 核验。")
  public Response verificationPackage(@PathParam("id") long id) {
    SignedPackage pack = signatures.exportPackage(id);
    return Response.ok(SignaturePackages.zip(pack), "application/zip")
        .header("Content-Disposition", "attachment; filename=\"" + SignaturePackages.fileName(pack) + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @GET
  @Path("keys")
  @Operation(summary = "公布的签名公钥（SM2）")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PublicKeyView.class)))
  public List<PublicKeyView> keys() {
    return signatures.publicKeys();
  }

  @GET
  @Path("keys/{id}")
  @Operation(summary = "一把签名公钥：指纹与 PEM")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicKeyView.class)))
  public PublicKeyView key(@PathParam("id") long id) {
    return signatures.publicKey(id);
  }
}
