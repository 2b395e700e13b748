var W=globalThis,j=W.ShadowRoot&&(W.ShadyCSS===void 0||W.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,X=Symbol(),ve=new WeakMap,P=class{constructor(e,t,n){if(this._$cssResult$=!0,n!==X)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(j&&e===void 0){let n=t!==void 0&&t.length===1;n&&(e=ve.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),n&&ve.set(t,e))}return e}toString(){return this.cssText}},we=i=>new P(typeof i=="string"?i:i+"",void 0,X),ee=(i,...e)=>{let t=i.length===1?i[0]:e.reduce((n,s,a)=>n+(r=>{if(r._$cssResult$===!0)return r.cssText;if(typeof r=="number")return r;throw Error("Value passed to 'css' function must be a 'css' function result: "+r+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+i[a+1],i[0]);return new P(t,i,X)},ke=(i,e)=>{if(j)i.adoptedStyleSheets=e.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(let t of e){let n=document.createElement("style"),s=W.litNonce;s!==void 0&&n.setAttribute("nonce",s),n.textContent=t.cssText,i.appendChild(n)}},te=j?i=>i:i=>i instanceof CSSStyleSheet?(e=>{let t="";for(let n of e.cssRules)t+=n.cssText;return we(t)})(i):i;var{is:mt,defineProperty:_t,getOwnPropertyDescriptor:ft,getOwnPropertyNames:bt,getOwnPropertySymbols:yt,getPrototypeOf:vt}=Object,I=globalThis,$e=I.trustedTypes,wt=$e?$e.emptyScript:"",kt=I.reactiveElementPolyfillSupport,D=(i,e)=>i,ne={toAttribute(i,e){switch(e){case Boolean:i=i?wt:null;break;case Object:case Array:i=i==null?i:JSON.stringify(i)}return i},fromAttribute(i,e){let t=i;switch(e){case Boolean:t=i!==null;break;case Number:t=i===null?null:Number(i);break;case Object:case Array:try{t=JSON.parse(i)}catch{t=null}}return t}},Se=(i,e)=>!mt(i,e),xe={attribute:!0,type:String,converter:ne,reflect:!1,useDefault:!1,hasChanged:Se};Symbol.metadata??=Symbol("metadata"),I.litPropertyMetadata??=new WeakMap;var k=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=xe){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let n=Symbol(),s=this.getPropertyDescriptor(e,n,t);s!==void 0&&_t(this.prototype,e,s)}}static getPropertyDescriptor(e,t,n){let{get:s,set:a}=ft(this.prototype,e)??{get(){return this[t]},set(r){this[t]=r}};return{get:s,set(r){let d=s?.call(this);a?.call(this,r),this.requestUpdate(e,d,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??xe}static _$Ei(){if(this.hasOwnProperty(D("elementProperties")))return;let e=vt(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(D("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(D("properties"))){let t=this.properties,n=[...bt(t),...yt(t)];for(let s of n)this.createProperty(s,t[s])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[n,s]of t)this.elementProperties.set(n,s)}this._$Eh=new Map;for(let[t,n]of this.elementProperties){let s=this._$Eu(t,n);s!==void 0&&this._$Eh.set(s,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let n=new Set(e.flat(1/0).reverse());for(let s of n)t.unshift(te(s))}else e!==void 0&&t.push(te(e));return t}static _$Eu(e,t){let n=t.attribute;return n===!1?void 0:typeof n=="string"?n:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,t=this.constructor.elementProperties;for(let n of t.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return ke(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,n){this._$AK(e,n)}_$ET(e,t){let n=this.constructor.elementProperties.get(e),s=this.constructor._$Eu(e,n);if(s!==void 0&&n.reflect===!0){let a=(n.converter?.toAttribute!==void 0?n.converter:ne).toAttribute(t,n.type);this._$Em=e,a==null?this.removeAttribute(s):this.setAttribute(s,a),this._$Em=null}}_$AK(e,t){let n=this.constructor,s=n._$Eh.get(e);if(s!==void 0&&this._$Em!==s){let a=n.getPropertyOptions(s),r=typeof a.converter=="function"?{fromAttribute:a.converter}:a.converter?.fromAttribute!==void 0?a.converter:ne;this._$Em=s;let d=r.fromAttribute(t,a.type);this[s]=d??this._$Ej?.get(s)??d,this._$Em=null}}requestUpdate(e,t,n,s=!1,a){if(e!==void 0){let r=this.constructor;if(s===!1&&(a=this[e]),n??=r.getPropertyOptions(e),!((n.hasChanged??Se)(a,t)||n.useDefault&&n.reflect&&a===this._$Ej?.get(e)&&!this.hasAttribute(r._$Eu(e,n))))return;this.C(e,t,n)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,t,{useDefault:n,reflect:s,wrapped:a},r){n&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,r??t??this[e]),a!==!0||r!==void 0)||(this._$AL.has(e)||(this.hasUpdated||n||(t=void 0),this._$AL.set(e,t)),s===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[s,a]of this._$Ep)this[s]=a;this._$Ep=void 0}let n=this.constructor.elementProperties;if(n.size>0)for(let[s,a]of n){let{wrapped:r}=a,d=this[s];r!==!0||this._$AL.has(s)||d===void 0||this.C(s,void 0,a,d)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(n=>n.hostUpdate?.()),this.update(t)):this._$EM()}catch(n){throw e=!1,this._$EM(),n}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(e){}firstUpdated(e){}};k.elementStyles=[],k.shadowRootOptions={mode:"open"},k[D("elementProperties")]=new Map,k[D("finalized")]=new Map,kt?.({ReactiveElement:k}),(I.reactiveElementVersions??=[]).push("2.1.2");var le=globalThis,Ae=i=>i,B=le.trustedTypes,Ee=B?B.createPolicy("lit-html",{createHTML:i=>i}):void 0,De="$lit$",$=`lit$${Math.random().toFixed(9).slice(2)}$`,Me="?"+$,$t=`<${Me}>`,A=document,R=()=>A.createComment(""),L=i=>i===null||typeof i!="object"&&typeof i!="function",ce=Array.isArray,xt=i=>ce(i)||typeof i?.[Symbol.iterator]=="function",se=`[ 	
\f\r]`,M=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Ce=/-->/g,Te=/>/g,x=RegExp(`>|${se}(?:([^\\s"'>=/]+)(${se}*=${se}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),ze=/'/g,Ne=/"/g,Re=/^(?:script|style|textarea|title)$/i,ue=i=>(e,...t)=>({_$litType$:i,strings:e,values:t}),p=ue(1),Le=ue(2),Gt=ue(3),E=Symbol.for("lit-noChange"),m=Symbol.for("lit-nothing"),Pe=new WeakMap,S=A.createTreeWalker(A,129);function He(i,e){if(!ce(i)||!i.hasOwnProperty("raw"))throw Error("invalid template strings array");return Ee!==void 0?Ee.createHTML(e):e}var St=(i,e)=>{let t=i.length-1,n=[],s,a=e===2?"<svg>":e===3?"<math>":"",r=M;for(let d=0;d<t;d++){let o=i[d],l,h,u=-1,_=0;for(;_<o.length&&(r.lastIndex=_,h=r.exec(o),h!==null);)_=r.lastIndex,r===M?h[1]==="!--"?r=Ce:h[1]!==void 0?r=Te:h[2]!==void 0?(Re.test(h[2])&&(s=RegExp("</"+h[2],"g")),r=x):h[3]!==void 0&&(r=x):r===x?h[0]===">"?(r=s??M,u=-1):h[1]===void 0?u=-2:(u=r.lastIndex-h[2].length,l=h[1],r=h[3]===void 0?x:h[3]==='"'?Ne:ze):r===Ne||r===ze?r=x:r===Ce||r===Te?r=M:(r=x,s=void 0);let c=r===x&&i[d+1].startsWith("/>")?" ":"";a+=r===M?o+$t:u>=0?(n.push(l),o.slice(0,u)+De+o.slice(u)+$+c):o+$+(u===-2?d:c)}return[He(i,a+(i[t]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),n]},H=class i{constructor({strings:e,_$litType$:t},n){let s;this.parts=[];let a=0,r=0,d=e.length-1,o=this.parts,[l,h]=St(e,t);if(this.el=i.createElement(l,n),S.currentNode=this.el.content,t===2||t===3){let u=this.el.content.firstChild;u.replaceWith(...u.childNodes)}for(;(s=S.nextNode())!==null&&o.length<d;){if(s.nodeType===1){if(s.hasAttributes())for(let u of s.getAttributeNames())if(u.endsWith(De)){let _=h[r++],c=s.getAttribute(u).split($),g=/([.?@])?(.*)/.exec(_);o.push({type:1,index:a,name:g[2],strings:c,ctor:g[1]==="."?ae:g[1]==="?"?re:g[1]==="@"?oe:z}),s.removeAttribute(u)}else u.startsWith($)&&(o.push({type:6,index:a}),s.removeAttribute(u));if(Re.test(s.tagName)){let u=s.textContent.split($),_=u.length-1;if(_>0){s.textContent=B?B.emptyScript:"";for(let c=0;c<_;c++)s.append(u[c],R()),S.nextNode(),o.push({type:2,index:++a});s.append(u[_],R())}}}else if(s.nodeType===8)if(s.data===Me)o.push({type:2,index:a});else{let u=-1;for(;(u=s.data.indexOf($,u+1))!==-1;)o.push({type:7,index:a}),u+=$.length-1}a++}}static createElement(e,t){let n=A.createElement("template");return n.innerHTML=e,n}};function T(i,e,t=i,n){if(e===E)return e;let s=n!==void 0?t._$Co?.[n]:t._$Cl,a=L(e)?void 0:e._$litDirective$;return s?.constructor!==a&&(s?._$AO?.(!1),a===void 0?s=void 0:(s=new a(i),s._$AT(i,t,n)),n!==void 0?(t._$Co??=[])[n]=s:t._$Cl=s),s!==void 0&&(e=T(i,s._$AS(i,e.values),s,n)),e}var ie=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:n}=this._$AD,s=(e?.creationScope??A).importNode(t,!0);S.currentNode=s;let a=S.nextNode(),r=0,d=0,o=n[0];for(;o!==void 0;){if(r===o.index){let l;o.type===2?l=new U(a,a.nextSibling,this,e):o.type===1?l=new o.ctor(a,o.name,o.strings,this,e):o.type===6&&(l=new de(a,this,e)),this._$AV.push(l),o=n[++d]}r!==o?.index&&(a=S.nextNode(),r++)}return S.currentNode=A,s}p(e){let t=0;for(let n of this._$AV)n!==void 0&&(n.strings!==void 0?(n._$AI(e,n,t),t+=n.strings.length-2):n._$AI(e[t])),t++}},U=class i{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,n,s){this.type=2,this._$AH=m,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=n,this.options=s,this._$Cv=s?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=T(this,e,t),L(e)?e===m||e==null||e===""?(this._$AH!==m&&this._$AR(),this._$AH=m):e!==this._$AH&&e!==E&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):xt(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==m&&L(this._$AH)?this._$AA.nextSibling.data=e:this.T(A.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:n}=e,s=typeof n=="number"?this._$AC(e):(n.el===void 0&&(n.el=H.createElement(He(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===s)this._$AH.p(t);else{let a=new ie(s,this),r=a.u(this.options);a.p(t),this.T(r),this._$AH=a}}_$AC(e){let t=Pe.get(e.strings);return t===void 0&&Pe.set(e.strings,t=new H(e)),t}k(e){ce(this._$AH)||(this._$AH=[],this._$AR());let t=this._$AH,n,s=0;for(let a of e)s===t.length?t.push(n=new i(this.O(R()),this.O(R()),this,this.options)):n=t[s],n._$AI(a),s++;s<t.length&&(this._$AR(n&&n._$AB.nextSibling,s),t.length=s)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let n=Ae(e).nextSibling;Ae(e).remove(),e=n}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},z=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,n,s,a){this.type=1,this._$AH=m,this._$AN=void 0,this.element=e,this.name=t,this._$AM=s,this.options=a,n.length>2||n[0]!==""||n[1]!==""?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=m}_$AI(e,t=this,n,s){let a=this.strings,r=!1;if(a===void 0)e=T(this,e,t,0),r=!L(e)||e!==this._$AH&&e!==E,r&&(this._$AH=e);else{let d=e,o,l;for(e=a[0],o=0;o<a.length-1;o++)l=T(this,d[n+o],t,o),l===E&&(l=this._$AH[o]),r||=!L(l)||l!==this._$AH[o],l===m?e=m:e!==m&&(e+=(l??"")+a[o+1]),this._$AH[o]=l}r&&!s&&this.j(e)}j(e){e===m?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},ae=class extends z{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===m?void 0:e}},re=class extends z{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==m)}},oe=class extends z{constructor(e,t,n,s,a){super(e,t,n,s,a),this.type=5}_$AI(e,t=this){if((e=T(this,e,t,0)??m)===E)return;let n=this._$AH,s=e===m&&n!==m||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,a=e!==m&&(n===m||s);s&&this.element.removeEventListener(this.name,this,n),a&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},de=class{constructor(e,t,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){T(this,e)}};var At=le.litHtmlPolyfillSupport;At?.(H,U),(le.litHtmlVersions??=[]).push("3.3.3");var Ue=(i,e,t)=>{let n=t?.renderBefore??e,s=n._$litPart$;if(s===void 0){let a=t?.renderBefore??null;n._$litPart$=s=new U(e.insertBefore(R(),a),a,void 0,t??{})}return s._$AI(i),s};var he=globalThis,v=class extends k{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=Ue(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return E}};v._$litElement$=!0,v.finalized=!0,he.litElementHydrateSupport?.({LitElement:v});var Et=he.litElementPolyfillSupport;Et?.({LitElement:v});(he.litElementVersions??=[]).push("4.2.2");function Ct(i){return i==="sitting"||i==="standing"||i==="away"?i:"unknown"}function Oe(i){return(i??[]).map(e=>({at:Math.round((e.lc??e.lu)*1e3),state:e.s}))}function ge(i,e){if(!e)return i;let t=i[i.length-1];return t&&(e.at<t.at||e.at===t.at&&e.state===t.state)?i:[...i,e]}function We(i,e,t){let n=[...i].sort((r,d)=>r.at-d.at),s=[];n.forEach((r,d)=>{let o=Math.max(r.at,e),l=n[d+1],h=Math.min(l?l.at:t,t);if(h<=o)return;let u=Ct(r.state),_=s[s.length-1];_&&_.kind===u&&_.end===o?_.end=h:s.push({kind:u,start:o,end:h})});let a=s.findIndex(r=>r.kind==="sitting"||r.kind==="standing");return a<0?[]:s.slice(a)}function je(i){let e={sitting:0,standing:0,away:0,unknown:0};for(let t of i)e[t.kind]+=(t.end-t.start)/6e4;return e}function Ie(i,e,t){let n=new Map;for(let s of i??[]){let a=s.a??{},r=a.nudge_id;if(typeof r!="string"||n.has(r))continue;let d=typeof a.fired_at=="string"?Date.parse(a.fired_at):Math.round((s.lc??s.lu)*1e3);Number.isNaN(d)||d<e||d>t||n.set(r,{at:d,kind:s.s,id:r})}return[...n.values()].sort((s,a)=>s.at-a.at)}var Be=new Map;function Tt(i){let e=Be.get(i);return e||(e=new Intl.DateTimeFormat("en-US",{timeZone:i,hourCycle:"h23",year:"numeric",month:"numeric",day:"numeric",hour:"numeric",minute:"numeric",second:"numeric"}),Be.set(i,e)),e}function F(i,e){let t={};for(let n of Tt(e).formatToParts(new Date(i)))n.type!=="literal"&&(t[n.type]=Number(n.value));return{year:t.year,month:t.month,day:t.day,hour:t.hour%24,minute:t.minute,second:t.second}}function Fe(i,e){let t=F(i,e);return Date.UTC(t.year,t.month-1,t.day,t.hour,t.minute,t.second)-Math.floor(i/1e3)*1e3}function Ve(i,e,t,n){let s=Date.UTC(i,e-1,t),a=s-Fe(s,n);return a=s-Fe(a,n),a}function V(i,e){let t=F(i,e);return Ve(t.year,t.month,t.day,e)}function K(i,e,t){let n=F(i+432e5+e*864e5,t);return Ve(n.year,n.month,n.day,t)}function Ke(i,e){let t=F(i,e);return new Date(Date.UTC(t.year,t.month-1,t.day)).getUTCDay()}function Ze(i){let e=(i??"en").toLowerCase().split(/[-_]/)[0];return["en","de","nl","fr","es"].includes(e)?e:"en"}function f(i,e){let t=Math.max(0,Math.round(i)),n=Math.floor(t/60),s=t%60,a=(r,d)=>new Intl.NumberFormat(e,{style:"unit",unit:d,unitDisplay:"short"}).format(r);return n===0?a(s,"minute"):s===0?a(n,"hour"):`${a(n,"hour")} ${a(s,"minute")}`}function w(i,e,t){let{hourCycle:n}=new Intl.DateTimeFormat(e,{hour:"numeric"}).resolvedOptions(),s=n==="h23"||n==="h24";return new Intl.DateTimeFormat(e,{hour:s?"2-digit":"numeric",minute:"2-digit",timeZone:t}).format(new Date(i))}function Z(i,e,t){return new Intl.DateTimeFormat(e,{weekday:"short",day:"numeric",timeZone:t}).format(new Date(i))}function zt(i){return typeof i=="number"?i:Date.parse(i)}function qe(i){let e=new Map;for(let t of i??[]){let n=typeof t.change=="number"?t.change:typeof t.state=="number"?t.state:typeof t.max=="number"?t.max:null;n!==null&&e.set(zt(t.start),Math.max(0,n))}return e}function Ge(i,e){for(let[t,n]of i)if(Math.abs(t-e)<=36e5)return n;return null}function Ye(i){return i.length?i.reduce((e,t)=>e+t,0)/i.length:null}function Je(i){let{todayStart:e,today:t,count:n,timeZone:s}=i,a=qe(i.seated),r=qe(i.standing),d=Math.max(n,14),o=[];for(let c=d-1;c>=1;c--){let g=K(e,-c,s);o.push({start:g,seated:Ge(a,g),standing:Ge(r,g)})}o.push({start:e,seated:t.seated,standing:t.standing});let l=o.slice(-n),h=l.slice(0,-1).filter(c=>(c.seated??0)+(c.standing??0)>0),u=(Ke(e,s)-(i.firstWeekday??1)+7)%7,_=(c,g)=>{let y=o.slice(o.length-1-c,o.length-g);return{seated:y.reduce((b,C)=>b+(C.seated??0),0),standing:y.reduce((b,C)=>b+(C.standing??0),0)}};return{bars:l,averageSeated:Ye(h.map(c=>c.seated??0)),averageStanding:Ye(h.map(c=>c.standing??0)),thisWeek:_(u,0),lastWeek:_(u+7,7)}}function Qe(i,e){return!!(i?.length||e?.length)}var Xe=["sunday","monday","tuesday","wednesday","thursday","friday","saturday"];function q(i,e){let t=window.customElements;t.get(i)||t.define(i,e);let n=window.setInterval(()=>{let s=window.customElements;s!==t&&(window.clearInterval(n),s.get(i)||s.define(i,class extends e{}))},50);window.setTimeout(()=>window.clearInterval(n),6e4)}var N="backcare",Nt={posture:["sensor","posture"],seated:["sensor","seated_time_today"],standing:["sensor","standing_time_today"],bout:["sensor","sitting_bout"],sittingSince:["sensor","sitting_since"],nudge:["sensor","nudge"],done:["button","done"],snooze:["button","snooze"]};function et(i,e){let t={};for(let n of Object.values(i)){if(!n||n.device_id!==e||n.platform!==N)continue;let s=n.entity_id.split(".")[0];for(let[a,[r,d]]of Object.entries(Nt))s===r&&n.translation_key===d&&(t[a]=n.entity_id)}return t}function tt(i){return Object.values(i).find(e=>e?.platform===N&&e.translation_key==="posture"&&e.device_id)?.device_id}function nt(){return[{name:"device",required:!0,selector:{device:{filter:{integration:N}}}},{name:"title",selector:{text:{}}},{name:"show_now",selector:{boolean:{}}},{name:"show_today",selector:{boolean:{}}},{name:"show_week",selector:{boolean:{}}},{name:"days",selector:{select:{mode:"dropdown",options:[{value:"7",label:"7"},{value:"30",label:"30"}]}}},{name:"sit_limit",selector:{number:{min:1,max:240,mode:"box",unit_of_measurement:"min"}}},{name:"standing_goal",selector:{number:{min:1,max:600,mode:"box",unit_of_measurement:"min"}}}]}function st(i){return{show_now:!0,show_today:!0,show_week:!0,...i,days:String(Number(i.days)===30?30:7)}}function it(i,e){let t={...e,type:i.type};t.days=Number(e.days)===30?30:7;for(let n of Object.keys(t))(t[n]===""||t[n]===void 0||t[n]===null)&&delete t[n];return t}var Pt={now:"Now",today:"Today",last_days:"Last {days} days",sitting:"Sitting",standing:"Standing",away:"Away",unknown:"Unknown",unavailable:"Unavailable",sitting_bout:"Sitting bout",of_limit:"of {limit}",not_sitting:"Not sitting",ring_label:"Sitting bout {bout} of a {limit} sit limit",no_nudge:"No nudge right now.",nudge_level:"level {level}",snoozed_until:"Snoozed until {time}",done:"Done",snooze:"Snooze",start_break:"Start break",done_label:"Done: I did the exercise",snooze_label:"Snooze the nudges",start_break_label:"Start a break now",action_failed:"That did not work: {error}",seated_today:"Seated today",standing_today:"Standing today",goal_of:"of {goal} goal",ribbon_summary:"From {start} to {end}: sitting {sitting}, standing {standing}, away {away}; {nudges} nudges.",ribbon_empty:"Nobody at the desk yet today.",nudge_at:"{kind} nudge at {time}",average:"Average per day at the desk",this_week:"This week so far",last_week:"Same days last week",bars_summary:"{day}: sitting {seated}, standing {standing}",no_data:"no data",no_device:"Choose a workstation in the card's settings.",unknown_device:"This workstation was not found: it may have been removed. Choose one in the card's settings.",history_failed:"Today's history could not be loaded: {error}",statistics_failed:"The statistics could not be loaded: {error}",no_statistics:"No long-term statistics yet for this workstation: the bars appear as the days are recorded.",loading:"Loading…",kind_stand:"Stand up",kind_sit:"Sit or move",kind_move:"Mobility break",kind_stretch:"Evening stretch",kind_core:"Morning core",kind_posture:"Posture cue",editor_device:"Workstation",editor_title:"Title (optional)",editor_show_now:"Now: posture, sitting bout and nudge",editor_show_today:"Today: the day's ribbon and totals",editor_show_week:"Week or month: daily bars",editor_days:"Days in the bars",editor_sit_limit:"Sit limit in minutes (when the workstation reports none)",editor_standing_goal:"Standing goal in minutes (when the workstation reports none)"},Dt={now:"Jetzt",today:"Heute",last_days:"Letzte {days} Tage",sitting:"Sitzen",standing:"Stehen",away:"Abwesend",unknown:"Unbekannt",unavailable:"Nicht verfügbar",sitting_bout:"Sitzphase",of_limit:"von {limit}",not_sitting:"Sitzt nicht",ring_label:"Sitzphase {bout} von {limit} Sitzlimit",no_nudge:"Gerade kein Hinweis.",nudge_level:"Stufe {level}",snoozed_until:"Pausiert bis {time}",done:"Erledigt",snooze:"Später",start_break:"Pause starten",done_label:"Erledigt: Übung gemacht",snooze_label:"Hinweise später erinnern",start_break_label:"Jetzt eine Pause starten",action_failed:"Das hat nicht geklappt: {error}",seated_today:"Heute gesessen",standing_today:"Heute gestanden",goal_of:"von {goal} Ziel",ribbon_summary:"Von {start} bis {end}: gesessen {sitting}, gestanden {standing}, abwesend {away}; {nudges} Hinweise.",ribbon_empty:"Heute noch niemand am Schreibtisch.",nudge_at:"Hinweis {kind} um {time}",average:"Durchschnitt pro Tag am Schreibtisch",this_week:"Diese Woche bisher",last_week:"Dieselben Tage letzte Woche",bars_summary:"{day}: gesessen {seated}, gestanden {standing}",no_data:"keine Daten",no_device:"Wähle einen Arbeitsplatz in den Einstellungen der Karte.",unknown_device:"Dieser Arbeitsplatz wurde nicht gefunden: vielleicht wurde er entfernt. Wähle einen in den Einstellungen der Karte.",history_failed:"Der heutige Verlauf konnte nicht geladen werden: {error}",statistics_failed:"Die Statistiken konnten nicht geladen werden: {error}",no_statistics:"Noch keine Langzeitstatistiken für diesen Arbeitsplatz: die Balken erscheinen, sobald Tage aufgezeichnet sind.",loading:"Wird geladen…",kind_stand:"Aufstehen",kind_sit:"Hinsetzen oder bewegen",kind_move:"Bewegungspause",kind_stretch:"Abenddehnung",kind_core:"Morgen-Rumpftraining",kind_posture:"Haltungshinweis",editor_device:"Arbeitsplatz",editor_title:"Titel (optional)",editor_show_now:"Jetzt: Haltung, Sitzphase und Hinweis",editor_show_today:"Heute: Tagesband und Summen",editor_show_week:"Woche oder Monat: Balken pro Tag",editor_days:"Tage in den Balken",editor_sit_limit:"Sitzlimit in Minuten (wenn der Arbeitsplatz keines meldet)",editor_standing_goal:"Stehziel in Minuten (wenn der Arbeitsplatz keines meldet)"},Mt={now:"Nu",today:"Vandaag",last_days:"Laatste {days} dagen",sitting:"Zitten",standing:"Staan",away:"Weg",unknown:"Onbekend",unavailable:"Niet beschikbaar",sitting_bout:"Zitperiode",of_limit:"van {limit}",not_sitting:"Zit niet",ring_label:"Zitperiode {bout} van een zitlimiet van {limit}",no_nudge:"Nu geen herinnering.",nudge_level:"niveau {level}",snoozed_until:"Gesluimerd tot {time}",done:"Gedaan",snooze:"Sluimeren",start_break:"Pauze starten",done_label:"Gedaan: oefening uitgevoerd",snooze_label:"Herinneringen laten sluimeren",start_break_label:"Nu een pauze starten",action_failed:"Dat lukte niet: {error}",seated_today:"Vandaag gezeten",standing_today:"Vandaag gestaan",goal_of:"van {goal} doel",ribbon_summary:"Van {start} tot {end}: gezeten {sitting}, gestaan {standing}, weg {away}; {nudges} herinneringen.",ribbon_empty:"Vandaag nog niemand aan het bureau.",nudge_at:"Herinnering {kind} om {time}",average:"Gemiddeld per dag aan het bureau",this_week:"Deze week tot nu",last_week:"Dezelfde dagen vorige week",bars_summary:"{day}: gezeten {seated}, gestaan {standing}",no_data:"geen gegevens",no_device:"Kies een werkplek in de instellingen van de kaart.",unknown_device:"Deze werkplek is niet gevonden: misschien is hij verwijderd. Kies er een in de instellingen van de kaart.",history_failed:"De geschiedenis van vandaag kon niet worden geladen: {error}",statistics_failed:"De statistieken konden niet worden geladen: {error}",no_statistics:"Nog geen langetermijnstatistieken voor deze werkplek: de balken verschijnen zodra er dagen zijn vastgelegd.",loading:"Laden…",kind_stand:"Opstaan",kind_sit:"Zitten of bewegen",kind_move:"Beweegpauze",kind_stretch:"Avondstretch",kind_core:"Ochtendcore",kind_posture:"Houdingssignaal",editor_device:"Werkplek",editor_title:"Titel (optioneel)",editor_show_now:"Nu: houding, zitperiode en herinnering",editor_show_today:"Vandaag: het lint van de dag en totalen",editor_show_week:"Week of maand: balken per dag",editor_days:"Dagen in de balken",editor_sit_limit:"Zitlimiet in minuten (als de werkplek er geen meldt)",editor_standing_goal:"Staandoel in minuten (als de werkplek er geen meldt)"},Rt={now:"Maintenant",today:"Aujourd'hui",last_days:"{days} derniers jours",sitting:"Assis",standing:"Debout",away:"Absent",unknown:"Inconnu",unavailable:"Indisponible",sitting_bout:"Période assise",of_limit:"sur {limit}",not_sitting:"Pas assis",ring_label:"Période assise {bout} sur une limite de {limit}",no_nudge:"Aucun rappel pour l'instant.",nudge_level:"niveau {level}",snoozed_until:"En pause jusqu'à {time}",done:"Fait",snooze:"Plus tard",start_break:"Commencer une pause",done_label:"Fait : exercice accompli",snooze_label:"Reporter les rappels",start_break_label:"Commencer une pause maintenant",action_failed:"Cela n'a pas fonctionné : {error}",seated_today:"Assis aujourd'hui",standing_today:"Debout aujourd'hui",goal_of:"sur un objectif de {goal}",ribbon_summary:"De {start} à {end} : assis {sitting}, debout {standing}, absent {away} ; {nudges} rappels.",ribbon_empty:"Personne au bureau aujourd'hui pour l'instant.",nudge_at:"Rappel {kind} à {time}",average:"Moyenne par jour au bureau",this_week:"Cette semaine jusqu'ici",last_week:"Mêmes jours la semaine dernière",bars_summary:"{day} : assis {seated}, debout {standing}",no_data:"pas de données",no_device:"Choisissez un poste de travail dans les réglages de la carte.",unknown_device:"Ce poste de travail est introuvable : il a peut-être été supprimé. Choisissez-en un dans les réglages de la carte.",history_failed:"L'historique du jour n'a pas pu être chargé : {error}",statistics_failed:"Les statistiques n'ont pas pu être chargées : {error}",no_statistics:"Pas encore de statistiques à long terme pour ce poste : les barres apparaissent à mesure que les jours sont enregistrés.",loading:"Chargement…",kind_stand:"Se lever",kind_sit:"S'asseoir ou bouger",kind_move:"Pause mobilité",kind_stretch:"Étirements du soir",kind_core:"Gainage du matin",kind_posture:"Signal de posture",editor_device:"Poste de travail",editor_title:"Titre (facultatif)",editor_show_now:"Maintenant : posture, période assise et rappel",editor_show_today:"Aujourd'hui : le ruban du jour et les totaux",editor_show_week:"Semaine ou mois : barres par jour",editor_days:"Jours dans les barres",editor_sit_limit:"Limite assise en minutes (si le poste n'en indique pas)",editor_standing_goal:"Objectif debout en minutes (si le poste n'en indique pas)"},Lt={now:"Ahora",today:"Hoy",last_days:"Últimos {days} días",sitting:"Sentado",standing:"De pie",away:"Ausente",unknown:"Desconocido",unavailable:"No disponible",sitting_bout:"Periodo sentado",of_limit:"de {limit}",not_sitting:"No sentado",ring_label:"Periodo sentado {bout} de un límite de {limit}",no_nudge:"Ningún aviso ahora.",nudge_level:"nivel {level}",snoozed_until:"Pospuesto hasta las {time}",done:"Hecho",snooze:"Posponer",start_break:"Empezar pausa",done_label:"Hecho: ejercicio realizado",snooze_label:"Posponer los avisos",start_break_label:"Empezar una pausa ahora",action_failed:"No ha funcionado: {error}",seated_today:"Sentado hoy",standing_today:"De pie hoy",goal_of:"de un objetivo de {goal}",ribbon_summary:"De {start} a {end}: sentado {sitting}, de pie {standing}, ausente {away}; {nudges} avisos.",ribbon_empty:"Todavía nadie en el escritorio hoy.",nudge_at:"Aviso {kind} a las {time}",average:"Media por día en el escritorio",this_week:"Esta semana hasta ahora",last_week:"Mismos días la semana pasada",bars_summary:"{day}: sentado {seated}, de pie {standing}",no_data:"sin datos",no_device:"Elige un puesto de trabajo en los ajustes de la tarjeta.",unknown_device:"No se encontró este puesto de trabajo: quizá se eliminó. Elige uno en los ajustes de la tarjeta.",history_failed:"No se pudo cargar el historial de hoy: {error}",statistics_failed:"No se pudieron cargar las estadísticas: {error}",no_statistics:"Aún no hay estadísticas a largo plazo de este puesto: las barras aparecen a medida que se registran los días.",loading:"Cargando…",kind_stand:"Levantarse",kind_sit:"Sentarse o moverse",kind_move:"Pausa de movilidad",kind_stretch:"Estiramiento de la tarde",kind_core:"Core matutino",kind_posture:"Aviso de postura",editor_device:"Puesto de trabajo",editor_title:"Título (opcional)",editor_show_now:"Ahora: postura, periodo sentado y aviso",editor_show_today:"Hoy: la cinta del día y los totales",editor_show_week:"Semana o mes: barras por día",editor_days:"Días en las barras",editor_sit_limit:"Límite sentado en minutos (si el puesto no indica ninguno)",editor_standing_goal:"Objetivo de pie en minutos (si el puesto no indica ninguno)"},Ht={en:Pt,de:Dt,nl:Mt,fr:Rt,es:Lt};function G(i){let e=Ht[Ze(i)];return(t,n={})=>e[t].replace(/\{(\w+)\}/g,(s,a)=>a in n?String(n[a]):s)}var Y=class extends v{setConfig(e){this._config=e}connectedCallback(){super.connectedCallback(),customElements.get("ha-form")||customElements.get("hui-tile-card")?.getConfigElement?.()}render(){if(!this.hass||!this._config)return m;let e=G(this.hass.locale?.language??this.hass.language);return p`<ha-form
      .hass=${this.hass}
      .data=${st(this._config)}
      .schema=${nt()}
      .computeLabel=${t=>e(`editor_${t.name}`)}
      @value-changed=${this._changed}
    ></ha-form>`}_changed(e){e.stopPropagation(),this._config&&(this._config=it(this._config,e.detail.value),this.dispatchEvent(new CustomEvent("config-changed",{detail:{config:this._config},bubbles:!0,composed:!0})))}};Y.properties={hass:{attribute:!1},_config:{state:!0}};q("backcare-card-editor",Y);function pe(i){let e=i?.attributes??{},t=e.exercise_image;if(typeof e.nudge_id!="string"||typeof t!="string"||!t)return;let n=e.exercise_name,s=e.exercise;return{path:t,alt:typeof n=="string"&&n?n:typeof s=="string"?s:""}}var at=86400,Ut=36e5,J=new Map;function rt(i,e,t=Date.now()){let n=J.get(e);if(n&&n.until>t)return n.url;let s=i.callWS({type:"auth/sign_path",path:e,expires:at}).then(a=>a.path);return J.set(e,{url:s,until:t+at*1e3-Ut}),s.catch(()=>me(e,s)),s}function me(i,e){(e===void 0||J.get(i)?.url===e)&&J.delete(i)}function ot(i,e){return i===null?"idle":e<=0||i>=e?"over":i>=.8*e?"near":"ok"}function dt(i){switch(i){case"ok":return"var(--success-color, #43a047)";case"near":return"var(--warning-color, #ffa600)";case"over":return"var(--error-color, #db4437)";default:return"var(--disabled-color, #bdbdbd)"}}function lt(i,e){return i===null||e<=0?i?1:0:Math.min(1,Math.max(0,i/e))}function ct(i,e,t,n){if(i!=="sitting")return null;let s=e?Date.parse(e):Number.NaN;if(!Number.isNaN(s))return Math.max(0,(n-s)/6e4);let a=Number(t);return Number.isFinite(a)?a:0}var Ot={s:1/60,min:1,h:60,d:1440};function Wt(i,e){return i*(Ot[typeof e=="string"?e:"min"]??1)}function ut(i,e,t,n,s,a){if(i===void 0||i===""||!Number.isFinite(Number(i)))return null;let r=Wt(Number(i),e);if(!n||!t)return r;let d=Date.parse(t);if(Number.isNaN(d))return r;let o=a?Date.parse(a):Number.NaN,l=Number.isNaN(o)?d:Math.max(d,o);return r+Math.max(0,(s-l)/6e4)}function _e(i,e){let t=i?.[e];return typeof t=="number"&&Number.isFinite(t)&&t>0?t:void 0}var ht=ee`
  :host {
    display: block;
    --bc-sitting: var(--backcare-sitting-color, #f4a340);
    --bc-standing: var(--backcare-standing-color, #4caf7a);
    --bc-away: var(--backcare-away-color, var(--divider-color, #d0d0d0));
    --bc-unknown: var(--backcare-unknown-color, transparent);
  }
  ha-card {
    padding: 16px;
    box-sizing: border-box;
    color: var(--primary-text-color);
  }
  .card-title {
    font-size: var(--ha-card-header-font-size, 1.25rem);
    font-weight: 500;
    margin: 0 0 12px;
  }
  section + section {
    margin-top: 20px;
    padding-top: 16px;
    border-top: 1px solid var(--divider-color, rgba(127, 127, 127, 0.25));
  }
  h3 {
    font-size: 0.95rem;
    font-weight: 500;
    margin: 0 0 10px;
    color: var(--secondary-text-color);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .message {
    padding: 10px 12px;
    border-radius: 8px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.1));
    color: var(--primary-text-color);
    line-height: 1.4;
  }
  .message.error {
    border-left: 4px solid var(--error-color, #db4437);
  }
  .now {
    display: flex;
    gap: 16px;
    align-items: center;
    flex-wrap: wrap;
  }
  .ring {
    position: relative;
    width: 120px;
    height: 120px;
    flex: none;
  }
  .ring svg {
    width: 100%;
    height: 100%;
    transform: rotate(-90deg);
  }
  .ring .track {
    stroke: var(--divider-color, rgba(127, 127, 127, 0.25));
  }
  .ring .value {
    transition: stroke-dashoffset 0.6s ease, stroke 0.6s ease;
  }
  .ring .center {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    text-align: center;
  }
  .ring .big {
    font-size: 1.3rem;
    font-weight: 600;
  }
  .ring .small,
  .muted {
    font-size: 0.85rem;
    color: var(--secondary-text-color);
  }
  .status {
    flex: 1 1 180px;
    min-width: 0;
  }
  .posture {
    font-size: 1.4rem;
    font-weight: 500;
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .dot {
    width: 12px;
    height: 12px;
    border-radius: 50%;
    display: inline-block;
    flex: none;
  }
  .dot.sitting {
    background: var(--bc-sitting);
  }
  .dot.standing {
    background: var(--bc-standing);
  }
  .dot.away,
  .dot.unknown {
    background: var(--bc-away);
  }
  .nudge {
    margin-top: 12px;
    padding: 10px 12px;
    border-radius: 8px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.1));
  }
  .nudge strong {
    display: block;
  }
  .exercise-picture {
    display: block;
    width: 100%;
    max-width: 360px;
    aspect-ratio: 2 / 1;
    margin-top: 8px;
    border-radius: 12px;
  }
  .nudge ol {
    margin: 6px 0 0;
    padding-left: 20px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-top: 12px;
  }
  button {
    font: inherit;
    font-weight: 500;
    min-height: 40px;
    padding: 0 16px;
    border-radius: 20px;
    border: 1px solid var(--primary-color, #03a9f4);
    background: transparent;
    color: var(--primary-color, #03a9f4);
    cursor: pointer;
  }
  button.primary {
    background: var(--primary-color, #03a9f4);
    color: var(--text-primary-color, #fff);
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  button:focus-visible {
    outline: 2px solid var(--primary-color, #03a9f4);
    outline-offset: 2px;
  }
  .ribbon {
    position: relative;
    height: 28px;
    border-radius: 6px;
    overflow: hidden;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.1));
  }
  .band {
    position: absolute;
    top: 0;
    bottom: 0;
  }
  .band.sitting {
    background: var(--bc-sitting);
  }
  .band.standing {
    background: var(--bc-standing);
  }
  .band.away {
    background: var(--bc-away);
  }
  .band.unknown {
    background: var(--bc-unknown);
  }
  .markers {
    position: relative;
    height: 12px;
  }
  .marker {
    position: absolute;
    top: 0;
    width: 0;
    height: 0;
    margin-left: -6px;
    border-left: 6px solid transparent;
    border-right: 6px solid transparent;
    border-bottom: 10px solid var(--primary-text-color);
  }
  .axis {
    display: flex;
    justify-content: space-between;
    font-size: 0.8rem;
    color: var(--secondary-text-color);
    margin-top: 2px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin-top: 8px;
    font-size: 0.85rem;
  }
  .legend span {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .totals {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(140px, 1fr));
    gap: 12px;
    margin-top: 14px;
  }
  .figure .value {
    font-size: 1.25rem;
    font-weight: 600;
  }
  .meter {
    height: 6px;
    border-radius: 3px;
    background: var(--divider-color, rgba(127, 127, 127, 0.25));
    overflow: hidden;
    margin-top: 4px;
  }
  .meter div {
    height: 100%;
    background: var(--bc-standing);
  }
  .bars {
    display: flex;
    align-items: flex-end;
    gap: 2px;
    height: 120px;
  }
  .bar {
    flex: 1 1 0;
    display: flex;
    flex-direction: column-reverse;
    min-width: 0;
    height: 100%;
  }
  .bar .seated {
    background: var(--bc-sitting);
  }
  .bar .standing {
    background: var(--bc-standing);
  }
  .bar.today {
    opacity: 0.75;
  }
  .bar-labels {
    display: flex;
    gap: 2px;
    font-size: 0.7rem;
    color: var(--secondary-text-color);
    margin-top: 4px;
  }
  .bar-labels span {
    flex: 1 1 0;
    text-align: center;
    overflow: hidden;
    white-space: nowrap;
  }
  .compare {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
    gap: 12px;
    margin-top: 12px;
    font-size: 0.9rem;
  }
  table.weeks {
    border-collapse: collapse;
    font-size: 0.9rem;
  }
  table.weeks th,
  table.weeks td {
    text-align: left;
    font-weight: normal;
    padding: 2px 12px 2px 0;
    vertical-align: bottom;
  }
  table.weeks th[scope="row"] {
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;var jt=30,It=120,Bt=1e4,Ft=15*6e4;function fe(i){return i&&typeof i=="object"&&"message"in i?String(i.message):String(i)}var O=class extends v{constructor(){super(...arguments);this._now=Date.now();this._pictureSignedAgain=!1;this._loadedAt=0;this._pictureMissing=()=>{this._pictureSrc=void 0;let t=this._picturePath;!t||this._pictureSignedAgain||(this._pictureSignedAgain=!0,me(t),this._signPicture(t))}}static getConfigElement(){return document.createElement("backcare-card-editor")}static getStubConfig(t){let n=t?tt(t.entities??{}):void 0;return n?{device:n}:{}}setConfig(t){if(!t||typeof t!="object")throw new Error("Invalid configuration");this._config=t,this._loadedKey=void 0}getCardSize(){let t=this._config??{};return 1+(t.show_now!==!1?4:0)+(t.show_today!==!1?3:0)+(t.show_week!==!1?4:0)}getGridOptions(){return{columns:12,min_columns:6,rows:"auto"}}connectedCallback(){super.connectedCallback(),this._now=Date.now(),this._timer=window.setInterval(()=>{this._now=Date.now()},Bt)}disconnectedCallback(){super.disconnectedCallback(),this._timer!==void 0&&window.clearInterval(this._timer),this._timer=void 0}get _localize(){return G(this.hass?.locale?.language??this.hass?.language)}get _language(){return this.hass?.locale?.language??this.hass?.language??"en"}get _serverZone(){return this.hass?.config?.time_zone||"UTC"}get _displayZone(){return this.hass?.locale?.time_zone==="local"?Intl.DateTimeFormat().resolvedOptions().timeZone:this._serverZone}get _entities(){return this.hass&&this._config?.device?et(this.hass.entities??{},this._config.device):{}}_state(t){return t?this.hass?.states[t]:void 0}_liveTotals(t){let n=this._state(t.posture),s=n?.state,a=(r,d)=>{let o=this._state(r);return ut(o?.state,o?.attributes.unit_of_measurement,o?.last_updated,d,this._now,n?.last_changed)};return{seated:a(t.seated,s==="sitting"),standing:a(t.standing,s==="standing")}}_days(){return Number(this._config?.days)===30?30:7}willUpdate(t){if(super.willUpdate(t),!t.has("hass")||(this._now=Date.now(),this._followPicture(),!this._today||!this.hass))return;let n=this._entities,s=this._state(n.posture),a=this._state(n.nudge),{changes:r,nudges:d}=this._today;s&&(r=ge(r,{at:Date.parse(s.last_changed),state:s.state})),a&&typeof a.attributes.nudge_id=="string"&&(d.some(l=>l.a?.nudge_id===a.attributes.nudge_id)||(d=[...d,{s:a.state,a:a.attributes,lu:Date.parse(a.last_changed)/1e3}])),(r!==this._today.changes||d!==this._today.nudges)&&(this._today={changes:r,nudges:d})}_followPicture(){let t=pe(this._state(this._entities.nudge))?.path;t!==this._picturePath&&(this._picturePath=t,this._pictureSrc=void 0,this._pictureSignedAgain=!1,t&&this._signPicture(t))}_signPicture(t){this.hass&&rt(this.hass,t).then(n=>{this._picturePath===t&&(this._pictureSrc=n)},()=>{})}updated(t){if(super.updated(t),!this.hass||!this._config?.device)return;let n=this._entities;if(!n.posture)return;let s=V(this._now,this._serverZone),a=`${this._config.device}|${s}|${this._days()}`;(a!==this._loadedKey||this._now-this._loadedAt>Ft)&&(this._loadedKey=a,this._loadedAt=this._now,this._config.show_today!==!1&&this._loadToday(n,s),this._config.show_week!==!1&&this._loadStatistics(n,s))}async _loadToday(t,n){let s=[t.posture,t.nudge].filter(Boolean);try{let a=await this.hass.callWS({type:"history/history_during_period",start_time:new Date(n).toISOString(),end_time:new Date(Date.now()).toISOString(),entity_ids:s,include_start_time_state:!0,significant_changes_only:!1,minimal_response:!1,no_attributes:!1});this._today={changes:Oe(a[t.posture]),nudges:t.nudge?a[t.nudge]??[]:[]},this._todayError=void 0}catch(a){this._todayError=fe(a)}}async _loadStatistics(t,n){let s=[t.seated,t.standing].filter(Boolean);if(!s.length){this._statistics={seated:void 0,standing:void 0};return}let a=Math.max(this._days(),14);try{let r=await this.hass.callWS({type:"recorder/statistics_during_period",start_time:new Date(K(n,-(a-1),this._serverZone)).toISOString(),end_time:new Date(n).toISOString(),statistic_ids:s,period:"day",types:["change","state"],units:{duration:"min"}});this._statistics={seated:t.seated?r[t.seated]:void 0,standing:t.standing?r[t.standing]:void 0},this._statisticsError=void 0}catch(r){this._statisticsError=fe(r)}}async _act(t,n){this._busy=t,this._actionError=void 0;try{await n()}catch(s){this._actionError=fe(s)}finally{this._busy=void 0}}_press(t,n){t&&this._act(n,()=>this.hass.callService("button","press",{entity_id:t}))}_startBreak(){this._act("start_break",()=>this.hass.callService(N,"start_break",{device_id:this._config.device}))}render(){if(!this._config||!this.hass)return m;let t=this._localize,n=this._config.device?this.hass.devices?.[this._config.device]:void 0,s=this._entities,a=this._config.title??(n?n.name_by_user??n.name??"":""),r;return this._config.device?s.posture?r=p`
        ${this._config.show_now!==!1?this._renderNow(s):m}
        ${this._config.show_today!==!1?this._renderToday(s):m}
        ${this._config.show_week!==!1?this._renderWeek(s):m}
      `:r=p`<div class="message error" role="alert">${t("unknown_device")}</div>`:r=p`<div class="message">${t("no_device")}</div>`,p`<ha-card>
      ${a?p`<h2 class="card-title">${a}</h2>`:m} ${r}
    </ha-card>`}_postureLabel(t){let n=this._localize;switch(t){case"sitting":case"standing":case"away":case"unavailable":return n(t);default:return n("unknown")}}_kindLabel(t){return t&&["stand","sit","move","stretch","core","posture"].includes(t)?this._localize(`kind_${t}`):t??""}_sitLimit(t){for(let s of["bout","sittingSince","nudge"]){let a=_e(this._state(t[s])?.attributes,"sit_limit_minutes");if(a)return a}let n=Number(this._config?.sit_limit);return n>0?n:jt}_standingGoal(t){for(let s of["standing","nudge"]){let a=_e(this._state(t[s])?.attributes,"standing_goal_minutes");if(a)return a}let n=Number(this._config?.standing_goal);return n>0?n:It}_renderNow(t){let n=this._localize,s=this._language,a=this._state(t.posture)?.state,r=ct(a,this._state(t.sittingSince)?.state,this._state(t.bout)?.state,this._now),d=this._sitLimit(t),o=ot(r,d),l=52,h=2*Math.PI*l,u=h*(1-lt(r,d)),_=r===null?"–":f(r,s),c=f(d,s),g=r===null?`${n("sitting_bout")}: ${n("not_sitting")}`:n("ring_label",{bout:_,limit:c}),y=this._state(t.nudge),b=y?.attributes??{},C=typeof b.nudge_id=="string",Q=typeof b.snoozed_until=="string"?Date.parse(b.snoozed_until):NaN,be=Array.isArray(b.steps)?b.steps:[],ye=pe(y);return p`<section class="now-section">
      <h3>${n("now")}</h3>
      <div class="now">
        <div class="ring" role="img" aria-label=${g}>
          <svg viewBox="0 0 120 120" aria-hidden="true">
            ${Le`<circle class="track" cx="60" cy="60" r=${l} fill="none" stroke-width="10"></circle>
            <circle class="value" cx="60" cy="60" r=${l} fill="none" stroke-width="10"
              stroke-linecap="round" stroke=${dt(o)}
              stroke-dasharray=${h} stroke-dashoffset=${u}></circle>`}
          </svg>
          <div class="center" aria-hidden="true">
            <span class="big">${_}</span>
            <span class="small">${n("of_limit",{limit:c})}</span>
          </div>
        </div>
        <div class="status">
          <div class="posture">
            <span class="dot ${a??"unknown"}"></span>${this._postureLabel(a)}
          </div>
          <div class="muted">${n("sitting_bout")}: ${r===null?n("not_sitting"):_}</div>
          ${C?p`<div class="nudge" role="status">
                <strong>${this._kindLabel(y?.state)}${b.exercise_name?p`: ${String(b.exercise_name)}`:m}</strong>
                <span class="muted"
                  >${typeof b.fired_at=="string"?w(Date.parse(b.fired_at),s,this._displayZone):""}
                  ${typeof b.level=="number"?`· ${n("nudge_level",{level:b.level})}`:""}</span
                >
                ${ye&&this._pictureSrc?p`<img
                      class="exercise-picture"
                      src=${this._pictureSrc}
                      alt=${ye.alt}
                      @error=${this._pictureMissing}
                    />`:m}
                ${be.length?p`<ol>
                      ${be.map(pt=>p`<li>${String(pt)}</li>`)}
                    </ol>`:m}
              </div>`:p`<div class="muted nudge-none">${n("no_nudge")}</div>`}
          ${!Number.isNaN(Q)&&Q>this._now?p`<div class="muted">
                ${n("snoozed_until",{time:w(Q,s,this._displayZone)})}
              </div>`:m}
        </div>
      </div>
      <div class="actions">
        <button
          class="primary"
          aria-label=${n("done_label")}
          ?disabled=${!C||!t.done||this._busy!==void 0}
          @click=${()=>this._press(t.done,"done")}
        >
          ${n("done")}
        </button>
        <button
          aria-label=${n("snooze_label")}
          ?disabled=${!t.snooze||this._busy!==void 0}
          @click=${()=>this._press(t.snooze,"snooze")}
        >
          ${n("snooze")}
        </button>
        <button
          aria-label=${n("start_break_label")}
          ?disabled=${this._busy!==void 0}
          @click=${()=>this._startBreak()}
        >
          ${n("start_break")}
        </button>
      </div>
      ${this._actionError?p`<div class="message error" role="alert">
            ${n("action_failed",{error:this._actionError})}
          </div>`:m}
    </section>`}_renderToday(t){let n=this._localize,s=this._language,a=V(this._now,this._serverZone),r=this._state(t.posture),{seated:d,standing:o}=this._liveTotals(t),l=this._standingGoal(t),h;if(this._todayError)h=p`<div class="message error" role="alert">
        ${n("history_failed",{error:this._todayError})}
      </div>`;else if(!this._today)h=p`<div class="message">${n("loading")}</div>`;else{let _=r?{at:Date.parse(r.last_changed),state:r.state}:void 0,c=We(ge(this._today.changes,_),a,this._now),g=Ie(this._today.nudges,a,this._now);h=this._renderRibbon(c,g)}let u=o===null?0:Math.min(1,o/l);return p`<section class="today-section">
      <h3>${n("today")}</h3>
      ${h}
      <div class="totals">
        <div class="figure">
          <div class="muted">${n("seated_today")}</div>
          <div class="value">${d===null?"–":f(d,s)}</div>
        </div>
        <div class="figure">
          <div class="muted">${n("standing_today")}</div>
          <div class="value">
            ${o===null?"–":f(o,s)}
            <span class="muted">${n("goal_of",{goal:f(l,s)})}</span>
          </div>
          <div
            class="meter"
            role="progressbar"
            aria-label=${n("standing_today")}
            aria-valuemin="0"
            aria-valuemax=${Math.round(l)}
            aria-valuenow=${Math.round(o??0)}
          >
            <div style="width: ${(u*100).toFixed(1)}%"></div>
          </div>
        </div>
      </div>
    </section>`}_renderRibbon(t,n){let s=this._localize,a=this._language,r=this._displayZone;if(!t.length)return p`<div class="message">${s("ribbon_empty")}</div>`;let d=t[0].start,o=t[t.length-1].end,l=Math.max(1,o-d),h=c=>((c-d)/l*100).toFixed(3),u=je(t),_=s("ribbon_summary",{start:w(d,a,r),end:w(o,a,r),sitting:f(u.sitting,a),standing:f(u.standing,a),away:f(u.away,a),nudges:n.length});return p`
      <div class="markers" aria-hidden="true">
        ${n.filter(c=>c.at>=d).map(c=>p`<span
                class="marker"
                style="left: ${h(c.at)}%"
                title=${s("nudge_at",{kind:this._kindLabel(c.kind),time:w(c.at,a,r)})}
              ></span>`)}
      </div>
      <div class="ribbon" role="img" aria-label=${_}>
        ${t.map(c=>p`<div
              class="band ${c.kind}"
              data-kind=${c.kind}
              data-minutes=${((c.end-c.start)/6e4).toFixed(1)}
              style="left: ${h(c.start)}%; width: ${((c.end-c.start)/l*100).toFixed(3)}%"
              title="${this._postureLabel(c.kind)} ${w(c.start,a,r)}–${w(c.end,a,r)}"
            ></div>`)}
      </div>
      <div class="axis" aria-hidden="true">
        <span>${w(d,a,r)}</span>
        <span>${w(o,a,r)}</span>
      </div>
      <div class="legend" aria-hidden="true">
        <span><i class="dot sitting"></i>${s("sitting")} ${f(u.sitting,a)}</span>
        <span><i class="dot standing"></i>${s("standing")} ${f(u.standing,a)}</span>
        <span><i class="dot away"></i>${s("away")} ${f(u.away,a)}</span>
      </div>
    `}_renderWeek(t){let n=this._localize,s=this._language,a=this._days(),r=p`<h3>${n("last_days",{days:a})}</h3>`;if(this._statisticsError)return p`<section class="week-section">
        ${r}
        <div class="message error" role="alert">
          ${n("statistics_failed",{error:this._statisticsError})}
        </div>
      </section>`;if(!this._statistics)return p`<section class="week-section">
        ${r}
        <div class="message">${n("loading")}</div>
      </section>`;if(!Qe(this._statistics.seated,this._statistics.standing))return p`<section class="week-section">
        ${r}
        <div class="message">${n("no_statistics")}</div>
      </section>`;let d=this._liveTotals(t),o=Xe.indexOf(this.hass?.locale?.first_weekday??""),l=Je({seated:this._statistics.seated,standing:this._statistics.standing,todayStart:V(this._now,this._serverZone),today:{seated:d.seated??0,standing:d.standing??0},count:a,timeZone:this._serverZone,firstWeekday:o>=0?o:1}),h=Math.max(60,...l.bars.map(g=>(g.seated??0)+(g.standing??0))),u=g=>`${((g??0)/h*100).toFixed(2)}%`,_=a>7?7:1,c=g=>g===null?n("no_data"):f(g,s);return p`<section class="week-section">
      ${r}
      <div class="bars" aria-hidden="true">
        ${l.bars.map((g,y)=>p`<div
              class="bar ${y===l.bars.length-1?"today":""}"
              title="${Z(g.start,s,this._serverZone)}: ${n("sitting")} ${c(g.seated)}, ${n("standing")} ${c(g.standing)}"
            >
              <div class="seated" style="height: ${u(g.seated)}"></div>
              <div class="standing" style="height: ${u(g.standing)}"></div>
            </div>`)}
      </div>
      <div class="bar-labels" aria-hidden="true">
        ${l.bars.map((g,y)=>p`<span
              >${(l.bars.length-1-y)%_===0?Z(g.start,s,this._serverZone):""}</span
            >`)}
      </div>
      <ul class="visually-hidden">
        ${l.bars.map(g=>p`<li>
              ${n("bars_summary",{day:Z(g.start,s,this._serverZone),seated:c(g.seated),standing:c(g.standing)})}
            </li>`)}
      </ul>
      <div class="compare">
        <div>
          <div class="muted">${n("average")}</div>
          <div>
            <span class="dot sitting"></span> ${c(l.averageSeated)}
            <span class="dot standing"></span> ${c(l.averageStanding)}
          </div>
        </div>
        <table class="weeks">
          <thead>
            <tr>
              <td></td>
              <th scope="col" class="muted">${n("this_week")}</th>
              <th scope="col" class="muted">${n("last_week")}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row"><span class="dot sitting"></span> ${n("sitting")}</th>
              <td>${f(l.thisWeek.seated,s)}</td>
              <td>${f(l.lastWeek.seated,s)}</td>
            </tr>
            <tr>
              <th scope="row"><span class="dot standing"></span> ${n("standing")}</th>
              <td>${f(l.thisWeek.standing,s)}</td>
              <td>${f(l.lastWeek.standing,s)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>`}};O.styles=ht,O.properties={hass:{attribute:!1},_config:{state:!0},_now:{state:!0},_today:{state:!0},_todayError:{state:!0},_statistics:{state:!0},_statisticsError:{state:!0},_actionError:{state:!0},_busy:{state:!0},_pictureSrc:{state:!0}};q("backcare-card",O);var gt=window.customCards??=[];gt.some(i=>i.type==="backcare-card")||gt.push({type:"backcare-card",name:"backcare",description:"Your day at the desk: posture, the sitting bout against the sit limit, today's ribbon and the week's trend.",preview:!0,documentationURL:"https://github.com/backcare-ha/backcare#the-backcare-card"});export{O as BackcareCard,jt as DEFAULT_SIT_LIMIT,It as DEFAULT_STANDING_GOAL};
/*! Bundled license information:

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
